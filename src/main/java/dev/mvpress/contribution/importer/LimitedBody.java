package dev.mvpress.contribution.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: a larger body (by its Content-Length, or as it
 * streams in) fails at once and the connection is dropped, instead of being read to its end; and the
 * reading can be cancelled when the import's time is up, since the HTTP client's own timeout ends
 * with the response headers.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body is larger than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message, null);
        }
    }

    private final long max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    LimitedBody(long max) {
        this.max = max;
    }

    /** The body handler: a declared length over the limit fails before any byte is read. */
    HttpResponse.BodySubscriber<byte[]> start(HttpResponse.ResponseInfo info) {
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > max) {
            result.completeExceptionally(new TooLarge("declares " + length.getAsLong() + " bytes"));
        }
        return this;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > max) {
                result.completeExceptionally(new TooLarge("sent more than " + max + " bytes"));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading and drops the connection. */
    void cancel() {
        result.completeExceptionally(new IOException("cancelled"));
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
