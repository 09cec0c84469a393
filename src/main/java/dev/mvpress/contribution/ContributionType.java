package dev.mvpress.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.mvpress.kernel.TrackedEntity;

/** A kind of activity as the MVP portal names it, with what its quantity and reach mean. */
@Entity
@Table(name = "contribution_type")
public class ContributionType extends TrackedEntity {

    @Id
    public String key;

    /** The form's name of the type. */
    public String portalName;

    /** The name the portal's API takes in activityTypeName and typeName ("Video" for the long form name). */
    public String apiName;

    public String quantityLabel;

    public String reachLabel;

    /**
     * The portal's names of the roles an activity of this type may have ("Co-Author"); the first is the
     * default. An entry stores a role's key: {@link #roleKey}.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> roles = new ArrayList<>();

    /** The portal's API names of the counts an activity of this type may report ({@code numberOfViews}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> metrics = new ArrayList<>();

    /** The Microsoft events the form offers for this type (only "Speaker/Presenter at Microsoft Event"). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> microsoftEvents = new ArrayList<>();

    public int position;

    /** False when the portal no longer has this type: its entries are flagged until they move. */
    public boolean inPortal = true;

    /** "Co-Author" is stored on entries as "co-author". */
    public static String roleKey(String roleName) {
        return roleName.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** The portal's name of a role key of this type, or null when the type has no such role. */
    public String roleName(String key) {
        for (String name : roles) {
            if (roleKey(name).equals(key)) {
                return name;
            }
        }
        return null;
    }

    /** The keys of this type's roles, in order. */
    public List<String> roleKeys() {
        return roles.stream().map(ContributionType::roleKey).toList();
    }

}
