package dev.mvpress.post;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the kind as the same lowercase word the API uses. */
@Converter(autoApply = true)
public class PostKindConverter implements AttributeConverter<PostKind, String> {

    @Override
    public String convertToDatabaseColumn(PostKind kind) {
        return kind == null ? null : kind.toString();
    }

    @Override
    public PostKind convertToEntityAttribute(String value) {
        return value == null ? null : PostKind.fromJson(value);
    }
}
