package dev.mvpress.contribution.api;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who an activity was for, as the MVP portal lists audiences. */
public enum TargetAudience {
    DEVELOPER("Developer"),
    IT_PRO("IT Pro"),
    TECHNICAL_DECISION_MAKER("Technical Decision Maker"),
    BUSINESS_DECISION_MAKER("Business Decision Maker"),
    STUDENT("Student"),
    OTHER("Other");

    /** The name the portal shows. */
    public final String portalName;

    TargetAudience(String portalName) {
        this.portalName = portalName;
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static TargetAudience fromJson(String value) {
        for (TargetAudience audience : values()) {
            if (audience.toString().equals(value)) {
                return audience;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of " + allowed());
    }

    public static String allowed() {
        StringBuilder names = new StringBuilder();
        for (TargetAudience audience : values()) {
            names.append(names.isEmpty() ? "" : ", ").append(audience);
        }
        return names.toString();
    }
}
