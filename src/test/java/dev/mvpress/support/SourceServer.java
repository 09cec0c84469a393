package dev.mvpress.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for a feed host, GitHub or Sessionize: an HTTP server on 127.0.0.1 and a free port,
 * answering recorded-shape responses from src/test/resources/importer, with {{ID}} and {{BASE}} filled
 * in, so that each test's items are its own. It remembers every request's path and headers.
 */
public final class SourceServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Seen(String method, String pathAndQuery, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public SourceServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    /** http://127.0.0.1:port, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Serves {@code handler} at the path and below it. */
    public SourceServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders())));
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** A recorded response from src/test/resources/importer, with {{ID}} and {{BASE}} replaced. */
    public String fixture(String name, String id) {
        try (InputStream in = SourceServer.class.getResourceAsStream("/importer/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{ID}}", id).replace("{{BASE}}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpHandler text(int status, String contentType, String body, String... headers) {
        return bytes(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** {@code headers}: name, value, name, value, ... */
    public static HttpHandler bytes(int status, String contentType, byte[] body, String... headers) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        };
    }

    public static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** Reads the request and answers after {@code millis}: a source that takes too long. */
    public static HttpHandler slow(long millis) {
        return exchange -> {
            sleep(millis);
            exchange.sendResponseHeaders(200, -1);
        };
    }

    /** Sends the headers and the start of a body at once, the rest after {@code millis}. */
    public static HttpHandler slowBody(long millis, String contentType) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(millis);
            out.write("</channel></rss>".getBytes(StandardCharsets.UTF_8));
            out.close();
        };
    }

    /** A body of {@code size} bytes sent in chunks, without a Content-Length. */
    public static HttpHandler endless(long size, String contentType) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>Mehr und mehr</title></item>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // The client hung up once it had enough: that is the point.
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
