package dev.mvpress.contribution.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.mvpress.kernel.HttpUrl;
import dev.mvpress.kernel.PlainText;
import dev.mvpress.kernel.YearRange;

/**
 * Whose sessions to import from which Sessionize events. Sessionize's public API is per event (each
 * event's organisers turn it on and get its id), so the request names the events and the speaker.
 */
@RegisterForReflection
@Schema(name = "SessionizeImportRequest")
public record SessionizeImportRequest(
        @NotNull @Size(min = 1, max = 20,
                message = "1 to 20 events") @Schema(required = true) List<@Valid @NotNull Event> events,
        @Size(max = 100) @Schema(description = "The speaker's id in the events' data (a UUID); give it or speakerName",
                examples = "f27081ee-8940-4e2e-a614-daba78ec79be") String speakerId,
        @Size(max = 200) @PlainText @Schema(description = "The speaker's full name as in the events' data, regardless of"
                + " case", examples = "Ana Müller") String speakerName,
        @YearRange @Schema(description = "Only sessions on or after this day", examples = "2025-09-01") LocalDate from,
        @YearRange @Schema(description = "Only sessions on or before this day", examples = "2026-08-31") LocalDate to,
        @Schema(description = "Primary area of sessions whose categories map to no tag's area; else the configured one",
                examples = "dotnet") String technologyArea,
        @Size(min = 1, message = "at least one audience") @Schema(description = "Defaults to the configured audiences of"
                + " blog entries", examples = "[\"developer\"]") List<@NotNull TargetAudience> targetAudiences,
        @Schema(description = "Role of every entry; the type's usual role when left out") String role) {

    /** One event: its Sessionize API id, and what the entries say about it. */
    @RegisterForReflection
    @Schema(name = "SessionizeEvent")
    public record Event(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,40}", message = "must be the event's Sessionize API id (letters and"
                    + " digits), as in https://sessionize.com/api/v2/{id}/view/All") @Schema(required = true,
                            examples = "jl4ktls0") String id,
            @Size(max = 100) @PlainText @Schema(description = "The event's name; entry titles read 'name: session title'",
                    examples = "Techorama 2026") String name,
            @Size(max = 1900) @HttpUrl @Schema(description = "The event's page; each entry links to it with #session-{id}."
                    + " Defaults to the event's Sessionize API address", examples = "https://techorama.be/") String url) {
    }
}
