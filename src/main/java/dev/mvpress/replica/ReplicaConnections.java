package dev.mvpress.replica;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.logging.Log;

/**
 * The connections behind each tenant: the primary is the default datasource, exactly as Hibernate
 * would use it without tenants; the replica is the {@code replica} datasource, which falls back to the
 * primary while it cannot be reached (see {@link FallbackToPrimary}). Hibernate asks once per tenant.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReplicaConnections implements TenantConnectionResolver {

    @Override
    public ConnectionProvider resolve(String tenantId) {
        AgroalDataSource primary = AgroalDataSourceUtil.dataSourceInstance(DataSourceUtil.DEFAULT_DATASOURCE_NAME).get();
        if (ReplicaSwitch.PRIMARY.equals(tenantId)) {
            return new QuarkusConnectionProvider(primary);
        }
        if (ReplicaSwitch.REPLICA.equals(tenantId)) {
            AgroalDataSource replica = AgroalDataSourceUtil.dataSourceIfActive(ReplicaSwitch.REPLICA).orElseThrow(
                    () -> new IllegalStateException(
                            "The replica datasource is not active: set QUARKUS_DATASOURCE_REPLICA_JDBC_URL"));
            Log.infof("Anonymous public reads are served by the read replica (datasource '%s')", ReplicaSwitch.REPLICA);
            return new FallbackToPrimary(new QuarkusConnectionProvider(replica), new QuarkusConnectionProvider(primary));
        }
        throw new IllegalArgumentException("Unknown tenant '" + tenantId + "'");
    }

    /**
     * Replica connections while the replica answers; primary connections, without waiting for it again,
     * for a few seconds after it did not. Readers then see the primary's data, as without a replica,
     * instead of errors; the warning is logged once per outage.
     */
    static final class FallbackToPrimary implements ConnectionProvider {

        static final long RETRY_NANOS = 10_000_000_000L;

        private final ConnectionProvider replica;
        private final ConnectionProvider primary;
        private volatile long retryAt;
        private volatile boolean down;

        FallbackToPrimary(ConnectionProvider replica, ConnectionProvider primary) {
            this.replica = replica;
            this.primary = primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down && System.nanoTime() - retryAt < 0) {
                return primary.getConnection();
            }
            try {
                Connection connection = replica.getConnection();
                if (down) {
                    down = false;
                    Log.infof("The read replica answers again; anonymous reads use it");
                }
                return connection;
            } catch (SQLException e) {
                retryAt = System.nanoTime() + RETRY_NANOS;
                if (!down) {
                    down = true;
                    Log.warnf("The read replica cannot be reached (%s); reads use the primary, retrying every %d s",
                            e.getMessage(), RETRY_NANOS / 1_000_000_000L);
                }
                return primary.getConnection();
            }
        }

        @Override
        public void closeConnection(Connection connection) throws SQLException {
            // Either pool's connection: closing returns it to the pool it came from.
            connection.close();
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> type) {
            return replica.isUnwrappableAs(type);
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return replica.unwrap(type);
        }
    }
}
