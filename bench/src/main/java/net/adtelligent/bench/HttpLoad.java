package net.adtelligent.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from wrk (Debian's package), run as its own process so it never shares this JVM's threads or
 * heap with the server it measures. Two threads, as this is a two-core machine; --latency for the
 * percentiles, of which the 99th is kept.
 */
public final class HttpLoad {

    private static final Pattern RATE = Pattern.compile("(?m)^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("(?m)^\\s+99%\\s+([0-9.]+)(us|ms|s|m)\\s*$");
    private static final Pattern TOTAL = Pattern.compile("(?m)^\\s+([0-9]+) requests in ");
    private static final Pattern NON_2XX = Pattern.compile("(?m)^\\s+Non-2xx or 3xx responses: ([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("(?m)^\\s+Socket errors: (.+)$");

    private final Path wrk;

    private HttpLoad(Path wrk) {
        this.wrk = wrk;
    }

    /** wrk from the PATH, if it is there. */
    public static Optional<HttpLoad> fromPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "wrk"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(HttpLoad::new);
    }

    /** What wrk measured; non-2xx answers or socket errors mean the rate is not that of the route. */
    public record Result(long requests, double requestsPerSecond, double p99Millis, long non2xx, String socketErrors) {
        public boolean clean() {
            return non2xx == 0 && socketErrors.isEmpty();
        }
    }

    /** {@code wrk -t2 -cN -dD --latency -H 'Authorization: ...' url}. */
    public Result run(String url, String authorization, int connections, Duration duration) {
        return run(List.of(wrk.toString(), "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--latency", "-H", "Authorization: " + authorization, url));
    }

    /** {@code wrk -t2 -cN -dD --latency -s script url -- args}: requests made by a Lua script. */
    public Result runScript(String url, Path script, int connections, Duration duration, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(wrk.toString(), "-t2", "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency", "-s", script.toString(), url));
        if (args.length > 0) {
            command.add("--");
            command.addAll(List.of(args));
        }
        return run(command);
    }

    private Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output.strip());
            }
            return parse(output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + wrk + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while wrk ran", e);
        }
    }

    static Result parse(String output) {
        Matcher p99 = find(P99, output);
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> value;
        };
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        return new Result(Long.parseLong(find(TOTAL, output).group(1)), Double.parseDouble(find(RATE, output).group(1)),
                millis, non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socket.find() ? socket.group(1).strip() : "");
    }

    private static Matcher find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected wrk output (no " + pattern + "):\n" + output);
        }
        return matcher;
    }
}
