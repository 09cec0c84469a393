package dev.mvpress.kernel;

import java.util.Objects;
import java.util.function.Consumer;

/** Writes a field only when its value changes, so an identical write leaves the version and updatedAt alone. */
public final class Fields {

    private Fields() {
    }

    public static <T> void update(T current, T next, Consumer<T> setter) {
        if (!Objects.equals(current, next)) {
            setter.accept(next);
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
