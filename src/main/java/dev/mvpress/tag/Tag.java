package dev.mvpress.tag;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "tag")
public class Tag extends PanacheEntityBase {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String description;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    public static Tag create(String slug, String name, Instant now) {
        Tag tag = new Tag();
        tag.id = UUID.randomUUID();
        tag.slug = slug;
        tag.name = name;
        tag.createdAt = now;
        tag.updatedAt = now;
        return tag;
    }

    @PrePersist
    void beforeInsert() {
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    // Runs only when Hibernate found a real change to write, so an unchanged PUT keeps updatedAt.
    @PreUpdate
    void beforeUpdate() {
        updatedAt = dev.mvpress.web.TimeSource.current();
    }
}
