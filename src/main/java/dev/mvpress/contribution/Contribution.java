package dev.mvpress.contribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.mvpress.kernel.TrackedEntity;
import dev.mvpress.post.Post;

/** One community activity, shaped after the MVP portal's activity form. */
@Entity
@Table(name = "contribution")
public class Contribution extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "type_key")
    public String type;

    public String title;

    public String description;

    public String privateDescription;

    @Column(name = "date")
    public LocalDate date;

    public LocalDate endDate;

    public String url;

    @Column(name = "technology_area_key")
    public String technologyArea;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> additionalTechnologyAreas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> targetAudiences = new ArrayList<>();

    public String role;

    public int quantity;

    public int reach;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> metrics = new LinkedHashMap<>();

    @Column(name = "private")
    public boolean privateEntry;

    /** Which Microsoft event, for "Speaker/Presenter at Microsoft Event" (one of the type's microsoftEvents). */
    public String microsoftEvent;

    /** The event's name when microsoftEvent is "Other". */
    public String microsoftEventOther;

    /** The id the portal answered when this entry was filed there; null when unknown or not filed. */
    public String portalId;

    /** When the author filed this entry in the portal (marked through the filing ledger). */
    public Instant filedAt;

    /** Changed after it was filed: the portal holds an older version. Cleared when it is filed again. */
    public boolean changedSinceFiling;

    /** Set while the filing ledger itself writes the entry, so that marking it filed is not a change. */
    @Transient
    public boolean recordingFiling;

    /** The post this activity is about; cleared (not deleted) when the post is deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    public Post post;

    /**
     * Logged automatically from its post and not edited since: its title, description, date and url
     * follow the post (and the configured site URL) until a contributions write changes the entry.
     */
    @Column(name = "follows_post")
    public boolean followsPost;

    /** Any change Hibernate writes to a filed entry, other than the filing itself, makes it changed since filing. */
    @PreUpdate
    void noteChangeAfterFiling() {
        if (filedAt != null && !recordingFiling) {
            changedSinceFiling = true;
        }
    }

}
