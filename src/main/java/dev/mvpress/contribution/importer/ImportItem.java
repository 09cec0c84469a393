package dev.mvpress.contribution.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * One item a source offers, as read: a video, an episode, a post, a pull request, a session. Fields
 * the source does not have are null; {@code type} is null when the request's type applies.
 */
public record ImportItem(String title, String description, LocalDate date, LocalDate endDate, String url,
        List<String> categories, String type) {
}
