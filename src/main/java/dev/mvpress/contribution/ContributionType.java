package dev.mvpress.contribution;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.mvpress.kernel.TrackedEntity;

/** A kind of activity as the MVP portal names it, with what its quantity and reach mean. */
@Entity
@Table(name = "contribution_type")
public class ContributionType extends TrackedEntity {

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

}
