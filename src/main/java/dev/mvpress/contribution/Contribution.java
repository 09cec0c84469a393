package dev.mvpress.contribution;

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
import jakarta.persistence.Table;

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

}
