package dev.mvpress.webhook.service;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import dev.mvpress.kernel.TimeSource;
import dev.mvpress.webhook.WebhookConfig;

/**
 * Makes one attempt of a claimed delivery with the JDK's HTTP client (HTTP/1.1): the target is checked
 * again first; the body is the stored message's bytes (none for a deploy hook), signed with the Standard
 * Webhooks headers; redirects are not followed (a 3xx is a failure); connect-timeout and timeout bound the
 * call. Whatever goes wrong is a failed outcome with a reason that names neither the URL (a build hook's
 * path is its secret) nor the secret.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "MVPress-Webhooks/1.0 (+https://www.standardwebhooks.com)";

    private final WebhookConfig config;
    private final WebhookTargets targets;
    private final TimeSource time;
    private final HttpClient client;

    WebhookSender(WebhookConfig config, WebhookTargets targets, TimeSource time) {
        this.config = config;
        this.targets = targets;
        this.time = time;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    public DeliveryClaims.Outcome attempt(DeliveryClaims.Claimed claimed) {
        Instant started = time.now();
        long start = System.nanoTime();
        Optional<String> refused = targets.refusal(claimed.url());
        if (refused.isPresent()) {
            return failed(null, "The target URL was refused: " + refused.get(), started, start);
        }
        byte[] body = claimed.payload() == null ? new byte[0] : claimed.payload().getBytes(StandardCharsets.UTF_8);
        String id = claimed.messageId() != null ? claimed.messageId() : WebhookSigner.MESSAGE_PREFIX + claimed.id();
        // The receiver compares the timestamp with its own clock, so it is the wall clock's, fresh for each attempt.
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(claimed.url())).timeout(config.timeout())
                .header("User-Agent", USER_AGENT).header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.sign(claimed.secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (claimed.payload() != null) {
            request.header("Content-Type", "application/json");
        }
        CompletableFuture<HttpResponse<Void>> pending = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.discarding());
        try {
            // The client's timeout ends with the response headers; this one covers a body that never ends too.
            HttpResponse<Void> response = pending.get(config.timeout().toNanos(), TimeUnit.NANOSECONDS);
            int status = response.statusCode();
            if (status >= 200 && status <= 299) {
                return new DeliveryClaims.Outcome(true, status, null, started, millis(start));
            }
            return failed(status, "The receiver answered HTTP " + status
                    + (status >= 300 && status <= 399 ? " (a redirect; redirects are not followed)" : ""), started, start);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return failed(null, timedOut(), started, start);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return failed(null, "The attempt was interrupted (the instance is stopping)", started, start);
        } catch (ExecutionException e) {
            return failed(null, reason(e.getCause(), claimed.url()), started, start);
        }
    }

    private String reason(Throwable cause, String url) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "The receiver could not be reached within " + seconds(config.connectTimeout())
                        + " (mvpress.webhooks.connect-timeout)";
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut();
            }
            if (t instanceof ConnectException) {
                return "The receiver refused the connection";
            }
        }
        String what = cause instanceof IOException ? "The connection failed" : "The request failed";
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().replace(url, "the target");
        return what + " (" + cause.getClass().getSimpleName() + message + ")";
    }

    private String timedOut() {
        return "The receiver did not answer within " + seconds(config.timeout()) + " (mvpress.webhooks.timeout)";
    }

    private static DeliveryClaims.Outcome failed(Integer status, String error, Instant started, long start) {
        return new DeliveryClaims.Outcome(false, status, error, started, millis(start));
    }

    private static int millis(long start) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
