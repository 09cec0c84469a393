package dev.mvpress.series;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.mvpress.kernel.TrackedEntity;

/** A named, ordered run of posts ("Part 1 of 4"); posts point at it (post.series_id). */
@Entity
@Table(name = "series")
public class Series extends TrackedEntity {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String description;

    public static Series create(String slug, String name, Instant now) {
        Series series = new Series();
        series.id = UUID.randomUUID();
        series.slug = slug;
        series.name = name;
        series.createdAt = now;
        series.updatedAt = now;
        return series;
    }
}
