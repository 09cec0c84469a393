package dev.mvpress.contribution;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.mvpress.web.TimeSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A technology area of the MVP award, within its award category. */
@Entity
@Table(name = "technology_area")
public class TechnologyArea extends PanacheEntityBase {

    @Id
    public String key;

    public String name;

    public String awardCategory;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @PreUpdate
    void beforeUpdate() {
        updatedAt = TimeSource.current();
    }
}
