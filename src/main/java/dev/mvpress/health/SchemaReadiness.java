package dev.mvpress.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the database carries the schema this build was written for. Serverless instances
 * do not migrate at start (docs/deploy.md); one started before the migrate step ran stays out of
 * the load balancer instead of answering errors. One small query per probe until the schema is
 * current, none after: a schema does not go back.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    /** The newest migration in src/main/resources/db/migration (SchemaVersionTest keeps this true). */
    public static final int EXPECTED_VERSION = 9;

    private final DataSource db;
    private volatile boolean current;

    SchemaReadiness(DataSource db) {
        this.db = db;
    }

    @Override
    public HealthCheckResponse call() {
        if (current) {
            return HealthCheckResponse.named("schema").up().withData("version", EXPECTED_VERSION).build();
        }
        int found;
        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement();
                ResultSet version = sql.executeQuery("select coalesce(max(cast(version as integer)), 0)"
                        + " from flyway_schema_history where success and version is not null")) {
            found = version.next() ? version.getInt(1) : 0;
        } catch (SQLException e) {
            // No history table (never migrated) or no database: the datasource check tells which.
            found = 0;
        }
        current = found >= EXPECTED_VERSION;
        return HealthCheckResponse.named("schema").status(current).withData("version", found)
                .withData("expected", EXPECTED_VERSION)
                .withData("hint", current ? "" : "run the migrate step (docs/deploy.md)").build();
    }
}
