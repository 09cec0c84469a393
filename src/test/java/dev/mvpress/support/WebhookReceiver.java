package dev.mvpress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 and a free port: it records every request (method, path, headers, the exact
 * body bytes) and answers what each path is told to (a status, a sequence of statuses, a slow answer, a
 * redirect); an unknown path answers 404.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A request as the receiver saw it; header names lower-cased, first values. */
    public record Received(String method, String path, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** How a path answers its n-th request (0-based). */
    @FunctionalInterface
    public interface Responder {
        Reply reply(int n);
    }

    public record Reply(int status, long delayMillis, String location) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Responder> responders = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                        values.get(0)));
                received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(headers),
                        exchange.getRequestBody().readAllBytes()));
                Responder responder = responders.get(path);
                Reply reply = responder == null ? new Reply(404, 0, null)
                        : responder.reply(counts.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement());
                if (reply.delayMillis() > 0) {
                    try {
                        Thread.sleep(reply.delayMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (reply.location() != null) {
                    exchange.getResponseHeaders().set("Location", reply.location());
                }
                exchange.sendResponseHeaders(reply.status(), -1);
            } catch (IOException e) {
                // The client gave up (a timeout): that is what some tests want.
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    /** http://127.0.0.1:port + path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public WebhookReceiver on(String path, Responder responder) {
        responders.put(path, responder);
        return this;
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public static Responder status(int status) {
        return n -> new Reply(status, 0, null);
    }

    /** The statuses in turn, the last one from then on. */
    public static Responder sequence(int... statuses) {
        return n -> new Reply(statuses[Math.min(n, statuses.length - 1)], 0, null);
    }

    /** Answers {@code status} after {@code millis} to the first {@code slowOnes} requests, at once afterwards. */
    public static Responder slowFirst(int slowOnes, long millis, int status) {
        return n -> new Reply(status, n < slowOnes ? millis : 0, null);
    }

    public static Responder redirect(int status, String location) {
        return n -> new Reply(status, 0, location);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
