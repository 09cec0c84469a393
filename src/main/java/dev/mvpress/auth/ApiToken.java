package dev.mvpress.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A managed token; the secret itself is never stored, only its SHA-256. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** The first characters of the secret, to tell tokens apart in a list. */
    public String prefix;

    public byte[] secretHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> scopes = new ArrayList<>();

    public Instant createdAt;

    public Instant lastUsedAt;

    public Instant revokedAt;
}
