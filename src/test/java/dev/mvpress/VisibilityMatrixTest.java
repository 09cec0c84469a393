package dev.mvpress;

import dev.mvpress.support.EmbeddedPostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The visibility matrix over the realistic corpus, in the test application. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class VisibilityMatrixTest extends VisibilityMatrix {
}
