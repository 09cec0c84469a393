package dev.mvpress.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A scrape in the Prometheus text exposition format (0.0.4, and the OpenMetrics text it resembles), read the way
 * Prometheus reads it: {@code # TYPE} and {@code # HELP} lines, and samples {@code name{label="value",...} value
 * [timestamp]} whose label values may hold escaped quotes, backslashes and newlines. A line that is none of these
 * fails the parse, so a malformed scrape fails the test that reads it.
 */
public final class PrometheusText {

    /** One sample: a metric name, its labels in the order given, and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {

        public String label(String key) {
            return labels.get(key);
        }

        /** Whether every given label has the given value ({@code key1, value1, key2, value2, ...}). */
        public boolean has(String... keyValues) {
            for (int i = 0; i < keyValues.length; i += 2) {
                if (!keyValues[i + 1].equals(labels.get(keyValues[i]))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, String> types;
    private final List<Sample> samples;

    private PrometheusText(Map<String, String> types, List<Sample> samples) {
        this.types = types;
        this.samples = samples;
    }

    public static PrometheusText parse(String text) {
        Map<String, String> types = new LinkedHashMap<>();
        List<Sample> samples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank()) {
                continue;
            }
            try {
                if (line.startsWith("#")) {
                    String[] parts = line.split(" ", 4);
                    if (parts.length >= 4 && parts[1].equals("TYPE")) {
                        types.put(parts[2], parts[3].strip());
                    }
                    continue;
                }
                samples.add(new Reader(line).sample());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (n + 1) + " of the scrape: " + e.getMessage() + ": " + line, e);
            }
        }
        return new PrometheusText(Collections.unmodifiableMap(types), List.copyOf(samples));
    }

    /** The declared type (counter, gauge, histogram, summary) of a metric family, or null. */
    public String type(String family) {
        return types.get(family);
    }

    public List<Sample> samples() {
        return samples;
    }

    /** Every sample of this exact name. */
    public List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The samples of this name with these labels ({@code key1, value1, ...}). */
    public List<Sample> samples(String name, String... keyValues) {
        return samples(name).stream().filter(s -> s.has(keyValues)).toList();
    }

    /** The one sample of this name with these labels, or 0 when there is none (a counter not yet seen). */
    public double value(String name, String... keyValues) {
        List<Sample> found = samples(name, keyValues);
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " samples match " + name + " " + List.of(keyValues) + ": " + found);
        }
        return found.isEmpty() ? 0 : found.get(0).value();
    }

    /** The sum over the samples of this name with these labels. */
    public double sum(String name, String... keyValues) {
        return samples(name, keyValues).stream().mapToDouble(Sample::value).sum();
    }

    /** Every distinct value of a label over the samples of this name that pass the filter. */
    public Set<String> labelValues(String name, String key, Predicate<Sample> filter) {
        Set<String> values = new TreeSet<>();
        for (Sample sample : samples(name)) {
            if (filter.test(sample) && sample.label(key) != null) {
                values.add(sample.label(key));
            }
        }
        return values;
    }

    /** Reads one sample line. */
    private static final class Reader {

        private final String line;
        private int at;

        Reader(String line) {
            this.line = line;
        }

        Sample sample() {
            String name = name();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a sample starts with a metric name");
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (peek() == '{') {
                at++;
                labels(labels);
            }
            expect(' ');
            while (peek() == ' ') {
                at++;
            }
            int start = at;
            while (at < line.length() && line.charAt(at) != ' ') {
                at++;
            }
            double value = number(line.substring(start, at));
            // An optional timestamp follows; nothing else may.
            if (at < line.length()) {
                String rest = line.substring(at).strip();
                if (!rest.isEmpty() && !rest.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    throw new IllegalArgumentException("unexpected '" + rest + "' after the value");
                }
            }
            return new Sample(name, Collections.unmodifiableMap(labels), value);
        }

        private void labels(Map<String, String> labels) {
            while (true) {
                if (peek() == '}') {
                    at++;
                    return;
                }
                String key = name();
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("a label name expected at " + at);
                }
                expect('=');
                expect('"');
                StringBuilder value = new StringBuilder();
                while (true) {
                    char c = next();
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\') {
                        char escaped = next();
                        switch (escaped) {
                            case 'n' -> value.append('\n');
                            case '\\' -> value.append('\\');
                            case '"' -> value.append('"');
                            default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
                        }
                    } else {
                        value.append(c);
                    }
                }
                if (labels.put(key, value.toString()) != null) {
                    throw new IllegalArgumentException("label " + key + " given twice");
                }
                if (peek() == ',') {
                    at++;
                } else if (peek() != '}') {
                    throw new IllegalArgumentException("',' or '}' expected at " + at);
                }
            }
        }

        /** A metric or label name: [a-zA-Z_:][a-zA-Z0-9_:]*. */
        private String name() {
            int start = at;
            while (at < line.length()) {
                char c = line.charAt(at);
                boolean ok = c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                        || at > start && c >= '0' && c <= '9';
                if (!ok) {
                    break;
                }
                at++;
            }
            return line.substring(start, at);
        }

        private static double number(String text) {
            return switch (text) {
                case "NaN" -> Double.NaN;
                case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> {
                    try {
                        yield Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + text + "' is not a sample value");
                    }
                }
            };
        }

        private char peek() {
            return at < line.length() ? line.charAt(at) : '\0';
        }

        private char next() {
            if (at >= line.length()) {
                throw new IllegalArgumentException("the line ends inside a label value");
            }
            return line.charAt(at++);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + at);
            }
            at++;
        }
    }
}
