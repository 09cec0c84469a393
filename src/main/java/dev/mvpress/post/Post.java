package dev.mvpress.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.mvpress.kernel.TrackedEntity;
import dev.mvpress.series.Series;
import dev.mvpress.tag.Tag;

@Entity
@Table(name = "post")
public class Post extends TrackedEntity {

    @Id
    public UUID id;

    public String slug;

    public String title;

    public String description;

    /** Derived on write from description or body; stored so lists never render markdown. */
    public String excerpt;

    public String markdown;

    /** Rendered and sanitized on write. */
    public String html;

    /** The body as plain text, for full-text search and search snippets. */
    public String bodyText = "";

    public PostStatus status;

    public Instant publishedAt;

    public String canonicalUrl;

    public String coverImageUrl;

    public String coverImageAlt;

    public Integer coverImageWidth;

    public Integer coverImageHeight;

    public String coverImageCaption;

    /** Post or page; set when the row is created and never changed. */
    public PostKind kind = PostKind.POST;

    /** BCP 47 language tag; null means the site's language. */
    public String language;

    /** Shared by the translations of one text. */
    public String translationKey;

    public String metaTitle;

    public String metaDescription;

    public boolean noindex;

    public String ogImageUrl;

    public String ogImageAlt;

    public Integer ogImageWidth;

    public Integer ogImageHeight;

    public String ogImageCaption;

    /** The body's headings, derived on write; null for a row not written since V13 (read off its html then). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> toc;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metadata = new LinkedHashMap<>();

    public int wordCount;

    public int readingTimeMinutes;

    /** Set once the first publication has logged a blog contribution, so it is logged only once. */
    public boolean contributionLogged;

    @ManyToMany
    @JoinTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    public List<Tag> tags = new ArrayList<>();

    /** The series the post is a part of, if any (SeriesService#assign sets it). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    public Series series;

    /** The author's number for the post in its series (1, 2, ...), if given; readers see ranks (SeriesNav). */
    public Integer seriesPosition;

    public PostStatus effectiveStatus(Instant now) {
        return PostStatus.effective(status, publishedAt, now);
    }

}
