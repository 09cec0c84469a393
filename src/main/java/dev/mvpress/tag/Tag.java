package dev.mvpress.tag;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.mvpress.kernel.TrackedEntity;

@Entity
@Table(name = "tag")
public class Tag extends TrackedEntity {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String description;

    /** The key of the technology area this tag stands for, if mapped; deleting the area unmaps it. */
    @Column(name = "technology_area_key")
    public String technologyArea;

    public static Tag create(String slug, String name, Instant now) {
        Tag tag = new Tag();
        tag.id = UUID.randomUUID();
        tag.slug = slug;
        tag.name = name;
        tag.createdAt = now;
        tag.updatedAt = now;
        return tag;
    }

}
