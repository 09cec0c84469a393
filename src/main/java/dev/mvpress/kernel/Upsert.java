package dev.mvpress.kernel;

/** The result of a PUT: the resource, and whether the PUT created it (201) or replaced it (200). */
public record Upsert<T>(T value, boolean created) {

    public static <T> Upsert<T> created(T value) {
        return new Upsert<>(value, true);
    }

    public static <T> Upsert<T> updated(T value) {
        return new Upsert<>(value, false);
    }
}
