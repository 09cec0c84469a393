package dev.mvpress.post;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A slug a post used to have; a GET on it answers 301 to the post's current slug. */
@Entity
@Table(name = "post_slug_alias")
public class PostSlugAlias extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(name = "post_id")
    public UUID postId;

    public static PostSlugAlias of(String slug, UUID postId) {
        PostSlugAlias alias = new PostSlugAlias();
        alias.slug = slug;
        alias.postId = postId;
        return alias;
    }
}
