package dev.mvpress.contribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.mvpress.web.TimeSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A kind of activity as the MVP portal names it, with what its quantity and reach mean. */
@Entity
@Table(name = "contribution_type")
public class ContributionType extends PanacheEntityBase {

    @Id
    public String key;

    public String portalName;

    public String quantityLabel;

    public String reachLabel;

    /** Roles an activity of this type may have; the first is the default. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> roles = new ArrayList<>();

    /** Metrics an activity of this type may report. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> metrics = new ArrayList<>();

    public int position;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @PreUpdate
    void beforeUpdate() {
        updatedAt = TimeSource.current();
    }
}
