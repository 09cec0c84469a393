package dev.mvpress.replica;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the operator configured a read replica: the {@code replica} datasource has a JDBC URL
 * (QUARKUS_DATASOURCE_REPLICA_JDBC_URL). Without one, Quarkus leaves that datasource inactive (no pool,
 * no connection) and every read goes to the primary as if this package did not exist.
 */
@Singleton
public class ReplicaSwitch {

    /** The datasource name, also Hibernate's tenant identifier for reads routed to it. */
    public static final String REPLICA = "replica";
    /** The tenant identifier of the default datasource. */
    public static final String PRIMARY = "primary";

    private final boolean configured;

    ReplicaSwitch(@ConfigProperty(name = "quarkus.datasource.replica.jdbc.url") Optional<String> url) {
        this.configured = url.filter(u -> !u.isBlank()).isPresent();
    }

    public boolean configured() {
        return configured;
    }
}
