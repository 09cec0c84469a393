package dev.mvpress.series.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.PlainText;

/**
 * What an author sends to name and describe a series. The slug is the path's (a series is created by the first
 * post that names it); the read-only fields of a fetched series are ignored, so it can be sent back.
 */
@RegisterForReflection
@JsonIgnoreProperties(value = {"slug", "postCount", "parts", "createdAt", "updatedAt", "version"})
@Schema(name = "SeriesInput")
public record SeriesInput(
        @NotBlank @Size(max = SeriesInput.MAX_NAME) @PlainText @Schema(required = true,
                examples = "Ökosystem .NET – Teil") String name,
        @Size(max = 1000) @PlainText @Schema(nullable = true,
                examples = "Eine Reise durch die .NET-Landschaft in vier Teilen") String description) {

    public static final int MAX_NAME = 200;
}
