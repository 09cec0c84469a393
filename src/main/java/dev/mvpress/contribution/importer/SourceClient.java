package dev.mvpress.contribution.importer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import dev.mvpress.kernel.AddressPolicy;
import dev.mvpress.kernel.XmlChars;
import dev.mvpress.web.ProblemException;
import dev.mvpress.web.ProblemType;

/**
 * GETs from an import's source with the JDK's HTTP client, bounded: a connect timeout, one deadline for
 * the whole import (headers and body), a size limit per response, a few redirects to the same scheme
 * (or from http to https) and only to addresses {@link SourceAddresses} allows. Whatever goes wrong is a
 * 502 problem that names the source; request headers (a caller's token) never reach a message or the
 * log, and are not sent on to another host when a source redirects.
 */
@ApplicationScoped
public class SourceClient {

    /** A successful response: where it finally came from, its headers and body. */
    public record Fetched(URI uri, HttpHeaders headers, byte[] body) {
    }

    /** When an import's time is up; every request of the import shares it. */
    public record Deadline(long endNanos, Duration total) {

        Duration remaining() {
            return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
        }
    }

    private static final String USER_AGENT = "MVPress-importer/1.0";
    private static final int MAX_UPSTREAM_MESSAGE = 200;

    private final ImportConfig config;
    private final SourceAddresses policy;
    private final ObjectMapper json;
    private final HttpClient client;

    SourceClient(ImportConfig config, SourceAddresses policy, ObjectMapper json) {
        this.config = config;
        this.policy = policy;
        this.json = json;
        // Redirects are followed here, one by one, so that each target is checked first.
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    public Deadline deadline() {
        return new Deadline(System.nanoTime() + config.timeout().toNanos(), config.timeout());
    }

    /**
     * The body at {@code uri}. {@code label} names the source in problems ("the feed at https://...");
     * {@code headers} are sent with the request, and with redirects only to the same origin.
     */
    public Fetched get(URI uri, Map<String, String> headers, String label, Deadline deadline) {
        URI current = uri;
        Map<String, String> sent = new LinkedHashMap<>(headers);
        for (int hop = 0;; hop++) {
            checkAddress(current, label);
            long started = System.nanoTime();
            HttpResponse<byte[]> response = send(current, sent, label, deadline);
            Log.debugf("Import: %s answered %d with %d bytes in %d ms", current, response.statusCode(),
                    response.body() == null ? 0 : response.body().length,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                URI next = redirect(current, response, label, hop);
                if (!sameOrigin(current, next)) {
                    sent.remove("Authorization");
                }
                current = next;
                continue;
            }
            if (status < 200 || status > 299) {
                throw failed(label + " answered HTTP " + status + upstreamMessage(response.body()));
            }
            return new Fetched(current, response.headers(), response.body());
        }
    }

    private void checkAddress(URI uri, String label) {
        AddressPolicy.Verdict verdict = policy.check(uri);
        if (verdict instanceof AddressPolicy.Refused refused) {
            throw failed(label + " led to " + uri.getScheme() + "://" + uri.getHost() + ", which is not fetched: "
                    + refused.reason());
        }
        if (verdict instanceof AddressPolicy.Unresolved unresolved) {
            throw failed(label + " cannot be reached: the host '" + unresolved.host() + "' is unknown");
        }
    }

    private HttpResponse<byte[]> send(URI uri, Map<String, String> headers, String label, Deadline deadline) {
        Duration remaining = deadline.remaining();
        if (remaining.isZero()) {
            throw timedOut(label, deadline);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(remaining).GET().header("User-Agent", USER_AGENT);
        headers.forEach(request::header);
        LimitedBody body = new LimitedBody(config.maxResponseSize().asLongValue());
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), body::start);
        try {
            return pending.get(remaining.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            body.cancel();
            pending.cancel(true);
            throw timedOut(label, deadline);
        } catch (InterruptedException e) {
            body.cancel();
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw failed(label + " was not read: the request was interrupted");
        } catch (ExecutionException e) {
            throw translate(e.getCause(), label, deadline);
        }
    }

    private ProblemException translate(Throwable cause, String label, Deadline deadline) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLarge tooLarge) {
                return failed(label + " is too large: it " + tooLarge.getMessage() + "; at most "
                        + config.maxResponseSize().asLongValue() + " bytes are read (mvpress.import.max-response-size)");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return failed(label + " could not be reached within " + seconds(config.connectTimeout())
                        + " (mvpress.import.connect-timeout)");
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut(label, deadline);
            }
            if (t instanceof ConnectException) {
                return failed(label + " refused the connection");
            }
        }
        String what = cause instanceof IOException ? "the connection failed" : "the request failed";
        return failed(label + " could not be read: " + what + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")");
    }

    private URI redirect(URI from, HttpResponse<byte[]> response, String label, int hop) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw failed(label + " answered HTTP " + response.statusCode() + " without a Location to follow");
        }
        if (hop >= config.maxRedirects()) {
            throw failed(label + " redirected more than " + config.maxRedirects() + " times (mvpress.import.max-redirects)");
        }
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw failed(label + " redirected to a malformed address");
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        String fromScheme = from.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(fromScheme) && !(fromScheme.equals("http") && scheme.equals("https"))) {
            throw failed(label + " redirected from " + fromScheme + " to " + (scheme.isEmpty() ? "an address without a scheme"
                    : "a " + scheme + " address") + ", which is not followed");
        }
        return next;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && Objects.equals(port(a), port(b));
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** What a JSON error body says (GitHub's {"message": ..., "errors": [...]}), cut short; nothing for other bodies. */
    private String upstreamMessage(byte[] body) {
        if (body == null || body.length == 0 || body[0] != '{') {
            return "";
        }
        try {
            JsonNode error = json.readTree(body);
            JsonNode message = error.path("message");
            if (!message.isTextual() || message.textValue().isBlank()) {
                return "";
            }
            // GitHub says what exactly failed validation in errors[].message.
            JsonNode detail = error.path("errors").path(0).path("message");
            String text = XmlChars.xmlSafe(message.textValue().strip()
                    + (detail.isTextual() && !detail.textValue().isBlank() ? " (" + detail.textValue().strip() + ")" : ""));
            return ": " + (text.length() > MAX_UPSTREAM_MESSAGE ? text.substring(0, MAX_UPSTREAM_MESSAGE) + "…" : text);
        } catch (IOException e) {
            return "";
        }
    }

    private ProblemException timedOut(String label, Deadline deadline) {
        return failed(label + " did not answer in time: an import may take " + seconds(deadline.total())
                + " (mvpress.import.timeout)");
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** A 502 whose detail starts with the source's label. */
    static ProblemException failed(String detail) {
        return new ProblemException(ProblemType.SOURCE_FAILED,
                Character.toUpperCase(detail.charAt(0)) + detail.substring(1));
    }
}
