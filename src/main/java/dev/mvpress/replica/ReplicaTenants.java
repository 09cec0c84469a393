package dev.mvpress.replica;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Tells Hibernate which datasource a new session reads from: the replica when this request was routed
 * to it ({@link ReplicaReads}), the primary otherwise. Hibernate asks when it opens a session, so a
 * whole request (or transaction) stays on one datasource. Quarkus asks only while a request context
 * is active and has no tenant otherwise, so work on threads of its own (webhook deliveries) activates one.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReplicaTenants implements TenantResolver {

    private final ReplicaSwitch replicaSwitch;
    private final ReadRouting routing;

    ReplicaTenants(ReplicaSwitch replicaSwitch, ReadRouting routing) {
        this.replicaSwitch = replicaSwitch;
        this.routing = routing;
    }

    @Override
    public String getDefaultTenantId() {
        return ReplicaSwitch.PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return replicaSwitch.configured() && routing.replica() ? ReplicaSwitch.REPLICA : ReplicaSwitch.PRIMARY;
    }
}
