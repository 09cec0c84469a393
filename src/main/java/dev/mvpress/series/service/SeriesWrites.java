package dev.mvpress.series.service;

import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.mvpress.kernel.Fields;
import dev.mvpress.series.Series;
import dev.mvpress.series.api.SeriesInput;
import dev.mvpress.web.InputValidator;
import dev.mvpress.web.JsonBodies;
import dev.mvpress.web.MergePatch;

/**
 * Naming and describing a series through /api/series. A series is created by the first post that names it and
 * keeps its slug; deleting its last part leaves it, unseen, until a post names it again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeriesWrites {

    private final EntityManager em;
    private final InputValidator validator;
    private final ObjectMapper json;

    SeriesWrites(EntityManager em, InputValidator validator, ObjectMapper json) {
        this.em = em;
        this.validator = validator;
        this.json = json;
    }

    /** Sets the name and description (a description left out is removed); empty when there is no such series. */
    @Transactional
    public Optional<Series> replaceSeries(String slug, SeriesInput input, Consumer<Series> precondition) {
        validator.validate(input);
        Optional<Series> series = findForWrite(slug, precondition);
        series.ifPresent(s -> apply(s, input));
        return series;
    }

    /** JSON Merge Patch over name and description. */
    @Transactional
    public Optional<Series> partialUpdateSeries(String slug, JsonNode patch, Consumer<Series> precondition) {
        Optional<Series> series = findForWrite(slug, precondition);
        if (series.isEmpty()) {
            return series;
        }
        Series s = series.get();
        JsonNode current = json.valueToTree(new SeriesInput(s.name, s.description));
        SeriesInput input = JsonBodies.convert(json, MergePatch.apply(current, patch), SeriesInput.class);
        validator.validate(input);
        apply(s, input);
        return series;
    }

    /** Matched by slug regardless of case; with a precondition (If-Match) the row is locked and checked first. */
    private static Optional<Series> findForWrite(String slug, Consumer<Series> precondition) {
        Optional<String> lower = SeriesService.requestedSlug(slug);
        if (lower.isEmpty() || precondition == null) {
            return lower.flatMap(SeriesQueries::bySlug);
        }
        Optional<Series> series = SeriesQueries.bySlugForUpdate(lower.get());
        series.ifPresent(precondition);
        return series;
    }

    private void apply(Series series, SeriesInput input) {
        Fields.update(series.name, input.name().strip(), v -> series.name = v);
        Fields.update(series.description, Fields.blankToNull(input.description()), v -> series.description = v);
        em.flush();
    }
}
