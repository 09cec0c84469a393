package dev.mvpress;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import dev.mvpress.support.EmbeddedPostgresResource;

/** The visibility matrix over the realistic corpus, against the packaged jar (prod profile). */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class VisibilityMatrixIT extends VisibilityMatrix {
}
