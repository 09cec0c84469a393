package dev.mvpress.kernel;

import java.util.Map;

import jakarta.persistence.Query;

/**
 * SQL text (a whole statement or a condition) with the values of the named parameters it uses, built by
 * a feature's query class; tests and the bench read the same text.
 */
public record SqlStatement(String sql, Map<String, Object> params) {

    /** Sets every parameter on the query and returns it. */
    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
