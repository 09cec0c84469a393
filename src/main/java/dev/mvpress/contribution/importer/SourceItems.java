package dev.mvpress.contribution.importer;

import java.util.List;

/** What a source gave: a label for the answer, its items in its order, and remarks about the source itself. */
public record SourceItems(String source, List<ImportItem> items, List<String> notes) {
}
