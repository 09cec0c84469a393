package dev.mvpress;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.mvpress.support.EmbeddedPostgresResource;

/** The visibility matrix over the realistic corpus, in the test application. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class VisibilityMatrixTest extends VisibilityMatrix {
}
