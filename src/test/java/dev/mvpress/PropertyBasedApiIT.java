package dev.mvpress;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import dev.mvpress.support.EmbeddedPostgresResource;

/** The same generated hostile writes and read-route checks, against the packaged jar (prod profile). */
@QuarkusIntegrationTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class PropertyBasedApiIT extends PropertyBasedApiTest {
}
