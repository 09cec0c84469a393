package dev.mvpress.ops;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request on the public port an id before anything else sees it: the caller's {@code X-Request-Id} when it
 * is a sane one (at most {@value #MAX_LENGTH} characters of letters, digits and {@code . _ : + / = -}), a new random
 * one otherwise. The id is answered in the response's {@code X-Request-Id} header (problem responses included) and put
 * in the log MDC as {@code request_id}; a valid W3C {@code traceparent} puts its trace id there too, as
 * {@code trace_id}. The MDC of a request lives in its Vert.x context, so the lines logged on a worker thread for that
 * request carry both.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_REQUEST_ID = "request_id";
    public static final String MDC_TRACE_ID = "trace_id";
    static final int MAX_LENGTH = 128;

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+/=-]{1," + MAX_LENGTH + "}");
    /** W3C Trace Context, section 3.2: version-traceid-parentid-flags, lower-case hex. */
    private static final Pattern TRACEPARENT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    void install(@Observes Router router) {
        // Before RequestLine (MIN_VALUE + 5) and BodyLimit (+ 10), so that their refusals carry the id too.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String given = request.getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        MDC.put(MDC_REQUEST_ID, id);
        String trace = traceId(request.getHeader("traceparent"));
        if (trace != null) {
            MDC.put(MDC_TRACE_ID, trace);
        }
        if (given != null && !given.equals(id)) {
            // The caller's value is not echoed: it is what was refused (too long, or characters unsafe in a log).
            Log.debugf("The caller's X-Request-Id (%d characters) is not a sane id; this request is %s", given.length(), id);
        }
        ctx.response().putHeader(HEADER, id);
        RouteBuckets.bound(ctx);
        ctx.next();
    }

    /** The trace id of a valid {@code traceparent} header, or null. */
    static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        var match = TRACEPARENT.matcher(traceparent.strip());
        if (!match.matches()) {
            return null;
        }
        String version = match.group(1);
        // Version ff is forbidden; version 00 has nothing after the flags. Later versions may add fields.
        if (version.equals("ff") || version.equals("00") && match.group(5) != null) {
            return null;
        }
        String trace = match.group(2);
        if (isZero(trace) || isZero(match.group(3))) {
            return null;
        }
        return trace;
    }

    /** Whether a request id the caller sent is used as it is. */
    static boolean sane(String id) {
        return id != null && SANE.matcher(id).matches();
    }

    private static boolean isZero(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            if (hex.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** 32 hex digits: an id, not a secret, so a fast random source will do. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong();
        long low = random.nextLong();
        char[] id = new char[32];
        for (int i = 0; i < 16; i++) {
            id[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
            id[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
        }
        return new String(id);
    }
}
