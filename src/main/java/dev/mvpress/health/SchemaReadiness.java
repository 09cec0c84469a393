package dev.mvpress.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Ready only once the database carries every migration this build ships. Serverless instances do
 * not migrate at start (docs/deploy.md); one started before the migrate step ran stays out of the
 * load balancer instead of answering errors. Flyway compares its history table with the
 * migrations on the classpath, so adding a migration needs no change here. One look per probe
 * until the schema is current, none after: a schema does not go back.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    private final Flyway flyway;
    private volatile String currentVersion;

    // quarkus-flyway produces this bean whether or not it migrates at start.
    SchemaReadiness(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        String version = currentVersion;
        if (version != null) {
            return HealthCheckResponse.named("schema").up().withData("version", version).build();
        }
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            // No database: the datasource check says so too; this one must not pass meanwhile.
            return HealthCheckResponse.named("schema").down().withData("version", "unknown")
                    .withData("hint", "the database is not reachable").build();
        }
        MigrationInfo applied = info.current();
        String found = applied == null || applied.getVersion() == null ? "none" : applied.getVersion().toString();
        MigrationInfo[] pending = info.pending();
        boolean failed = applied != null && applied.getState().isFailed();
        if (pending.length == 0 && !failed) {
            currentVersion = found;
            return HealthCheckResponse.named("schema").up().withData("version", found).build();
        }
        String expected = pending.length == 0 ? found : pending[pending.length - 1].getVersion().toString();
        return HealthCheckResponse.named("schema").down().withData("version", found).withData("expected", expected)
                .withData("pending", pending.length)
                .withData("hint", failed ? "migration " + found + " failed; repair it and run the migrate step (docs/deploy.md)"
                        : "run the migrate step (docs/deploy.md)")
                .build();
    }
}
