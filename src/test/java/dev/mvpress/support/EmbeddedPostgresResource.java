package dev.mvpress.support;

import java.io.IOException;
import java.util.Map;

import dev.mvpress.devdb.EmbeddedPostgresLauncher;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One throw-away embedded PostgreSQL for the whole test run; each test creates the rows it asserts on. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedPostgresLauncher.startEphemeral();
        return Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedPostgresLauncher.jdbcUrl(postgres.getPort()),
                "quarkus.datasource.username", EmbeddedPostgresLauncher.USER,
                "quarkus.datasource.password", "",
                // The packaged application runs in the prod profile, which has no admin token of its own.
                "mvpress.admin-token", Api.TOKEN);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("Could not stop the embedded PostgreSQL server", e);
            }
        }
    }
}
