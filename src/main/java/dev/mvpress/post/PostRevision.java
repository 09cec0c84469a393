package dev.mvpress.post;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A post as one write left it; the snapshot has the writable fields, as a PUT would send them. */
@Entity
@Table(name = "post_revision")
public class PostRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "post_id")
    public UUID postId;

    public int number;

    public long postVersion;

    /** The name of the token that wrote it ("admin" for the configured admin token). */
    public String author;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> snapshot;

    public Instant createdAt;
}
