package dev.mvpress.support;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Assumptions;

/**
 * Two verifiers of Standard Webhooks signatures that are not MVPress's own code: one written here from the
 * specification (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md),
 * and the {@code standardwebhooks} npm package run by Node, which a test skips where Node is not installed.
 */
public final class StandardWebhooks {

    /** The npm package's version the Node check installs. */
    public static final String NPM_VERSION = "1.1.1";
    private static final long TOLERANCE_SECONDS = 5 * 60;

    private StandardWebhooks() {
    }

    /**
     * Null when the request verifies, else why not: the secret without whsec_ is base64 of the key; the signed
     * content is {@code id.timestamp.body}; the header holds space-separated {@code v1,<base64>} signatures, one
     * of which must match (compared in constant time); the timestamp is within five minutes of now.
     */
    public static String verify(String secret, WebhookReceiver.Received request) {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        String signatures = request.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return "missing headers";
        }
        long ts = Long.parseLong(timestamp);
        if (Math.abs(System.currentTimeMillis() / 1000 - ts) > TOLERANCE_SECONDS) {
            return "timestamp out of tolerance";
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[prefix.length + request.body().length];
            System.arraycopy(prefix, 0, content, 0, prefix.length);
            System.arraycopy(request.body(), 0, content, prefix.length, request.body().length);
            byte[] expected = mac.doFinal(content);
            for (String signature : signatures.split(" ")) {
                String[] parts = signature.split(",", 2);
                if (parts.length == 2 && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return null;
                }
            }
            return "no matching signature";
        } catch (Exception e) {
            return e.toString();
        }
    }

    /**
     * What {@code new Webhook(secret).verify(body, headers)} of the npm package says: "ok", or its error. The package
     * is installed once into target/standardwebhooks; the test is skipped without node and npm, or when the
     * registry cannot be reached.
     */
    public static String verifyWithNode(String secret, WebhookReceiver.Received request) throws Exception {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"), "node and npm are not installed");
        Path dir = Path.of("target", "standardwebhooks").toAbsolutePath();
        install(dir);
        Path input = Files.createTempFile(dir, "request", ".json");
        Files.writeString(input, "{\"secret\": \"" + secret + "\", \"id\": \"" + request.header("webhook-id")
                + "\", \"timestamp\": \"" + request.header("webhook-timestamp") + "\", \"signature\": \""
                + request.header("webhook-signature") + "\", \"body\": \""
                + Base64.getEncoder().encodeToString(request.body()) + "\"}");
        Process node = new ProcessBuilder("node", "verify.js", input.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        node.waitFor(60, TimeUnit.SECONDS);
        Files.deleteIfExists(input);
        return output;
    }

    private static synchronized void install(Path dir) throws Exception {
        if (!Files.isDirectory(dir.resolve("node_modules/standardwebhooks"))) {
            Files.createDirectories(dir);
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", dir.toString(),
                    "standardwebhooks@" + NPM_VERSION).redirectErrorStream(true).start();
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = npm.waitFor(3, TimeUnit.MINUTES);
            Assumptions.assumeTrue(done && npm.exitValue() == 0, "npm could not install standardwebhooks: " + output);
        }
        Files.writeString(dir.resolve("verify.js"), """
                const fs = require("fs");
                const { Webhook } = require("standardwebhooks");
                const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
                try {
                  new Webhook(input.secret).verify(Buffer.from(input.body, "base64"), {
                    "webhook-id": input.id, "webhook-timestamp": input.timestamp, "webhook-signature": input.signature});
                  console.log("ok");
                } catch (e) {
                  console.log("refused: " + e.message);
                }
                """);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
