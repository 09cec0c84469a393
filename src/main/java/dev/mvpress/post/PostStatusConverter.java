package dev.mvpress.post;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status as the same lowercase word the API uses. */
@Converter(autoApply = true)
public class PostStatusConverter implements AttributeConverter<PostStatus, String> {

    @Override
    public String convertToDatabaseColumn(PostStatus status) {
        return status == null ? null : status.toString();
    }

    @Override
    public PostStatus convertToEntityAttribute(String value) {
        return value == null ? null : PostStatus.fromJson(value);
    }
}
