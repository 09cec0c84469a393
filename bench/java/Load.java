import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator for machines without wrk, run from source (java bench/java/Load.java): CONNECTIONS
 * threads each send GETs of the paths in PATHS_FILE in turn, each waiting for its answer before the next, for
 * WARMUP seconds unmeasured, then DURATION seconds measured. Prints "rps p50ms p99ms errors bytesPerResponse",
 * the first four as bench/lib/common.sh's wrk_run prints them; errors are answers other than 2xx and 3xx, and
 * failed requests.
 *   java bench/java/Load.java http://127.0.0.1:18100 paths.txt 32 5 20
 */
public class Load {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).toList();
        int connections = Integer.parseInt(args[2]);
        long warmupNanos = Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
        long durationNanos = Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + durationNanos;
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[connections];
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            int id = c;
            Thread t = new Thread(() -> {
                int i = id;
                int n = 0;
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        break;
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i++ % paths.size()))).GET()
                            .build();
                    boolean ok;
                    int size = 0;
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        ok = response.statusCode() < 400;
                        size = response.body().length;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long done = System.nanoTime();
                    if (sent >= measureFrom && done <= end && n < mine.length) {
                        mine[n++] = done - sent;
                        bytes.addAndGet(size);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
                counts[id] = n;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double seconds = durationNanos / 1e9;
        System.out.printf("%.0f %.2f %.2f %d %d%n", total / seconds, percentile(all, 0.50), percentile(all, 0.99),
                errors.get(), total == 0 ? 0 : bytes.get() / total);
        System.exit(0);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
