package dev.mvpress.kernel;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every stored resource keeps about its own history: when it was created and last changed, and
 * a version for optimistic locking. updatedAt moves only when Hibernate writes a real change, so an
 * identical PUT leaves both updatedAt and version alone.
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @PreUpdate
    void touch() {
        updatedAt = TimeSource.current();
    }
}
