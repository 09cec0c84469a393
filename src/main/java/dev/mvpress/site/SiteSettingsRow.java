package dev.mvpress.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.mvpress.kernel.TrackedEntity;

/**
 * The stored site settings: one row at most, with the id {@link #ID}. The nested parts (author, navigation,
 * social accounts) are JSON, read and written as the API records of {@code site.api} by SiteSettings.
 */
@Entity
@Table(name = "site_settings")
public class SiteSettingsRow extends TrackedEntity {

    /** The id of the one row. */
    public static final short ID = 1;

    @Id
    public short id;

    public String title;

    public String description;

    public String language;

    public String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> author = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> navigation = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> social = new ArrayList<>();
}
