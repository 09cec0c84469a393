package dev.mvpress.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * If-Match for PUT, PATCH and DELETE. The check runs inside the writing transaction, on the row
 * locked for update, so two writers holding the same ETag cannot both win: the second sees the
 * first one's change and gets 412, and nothing it sent is written.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * The precondition a request carries, or null when it has no If-Match. {@code representations}
     * gives the current representations of the resource (JSON, and markdown for posts); the request's
     * ETag must be the ETag of one of them.
     */
    public static <T> Consumer<T> from(HttpHeaders headers, ObjectMapper json, Function<T, List<Object>> representations) {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            return null;
        }
        return current -> {
            if (current == null) {
                throw failed("the resource does not exist");
            }
            if (header.strip().equals("*")) {
                return;
            }
            for (Object representation : representations.apply(current)) {
                if (ETags.listMatches(header, ETags.of(ETags.bytes(json, representation)))) {
                    return;
                }
            }
            throw failed("it has changed since that ETag; fetch it again and reapply your change");
        };
    }

    /** A request that must not create: PUT with If-Match on a resource that does not exist. */
    public static <T> void requireExisting(Consumer<T> precondition) {
        if (precondition != null) {
            precondition.accept(null);
        }
    }

    private static ProblemException failed(String why) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match does not match the current resource: " + why);
    }
}
