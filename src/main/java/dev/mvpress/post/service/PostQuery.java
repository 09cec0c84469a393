package dev.mvpress.post.service;

import java.time.LocalDate;
import java.util.List;

/** What a post list asks for; visibility is decided by the service from who is asking. */
public record PostQuery(List<String> tags, LocalDate from, LocalDate to, StatusFilter status, PostSort sort) {
}
