package dev.mvpress.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An RFC 9457 problem details document, served as {@code application/problem+json}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI that identifies the kind of problem",
                examples = "urn:mvpress:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong in this occurrence", examples = "title: must not be blank") String detail,
        @Schema(description = "The request path that failed", examples = "/api/posts") String instance,
        @Schema(description = "One entry per invalid field, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: which field (or query parameter), what is wrong with it, and for imports which row. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "1-based row of an import", examples = "3") Integer row,
            @Schema(examples = "title") String field,
            @Schema(examples = "must not be blank") String message) {

        public FieldError(String field, String message) {
            this(null, field, message);
        }

        public FieldError atRow(int number) {
            return new FieldError(number, field, message);
        }
    }
}
