package net.adtelligent.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the service as an operator runs it: {@code java -jar adtelligent.jar serve} in a
 * process of its own, with its own ADT_DATA_DIR and loopback port, kept across restarts as a
 * machine keeps its disk. {@link #kill} is SIGKILL (Process.destroyForcibly on Linux): no shutdown
 * hook, no rollback by the service, only what the database and the disk kept.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final Path jar;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final int port;
    private Process process;

    ServiceProcess(String name, Path jar, Path dataDir, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.port = freePort();
    }

    String name() {
        return name;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the instance and waits until /api/health/ answers 200; the time that took. */
    synchronized Duration start() {
        long begun = System.nanoTime();
        launch();
        awaitHealthy();
        return Duration.ofNanos(System.nanoTime() - begun);
    }

    /** Starts the process without waiting for it to serve. */
    synchronized void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        process = launch(List.of("serve"), log());
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, and waits until the process is gone. */
    synchronized void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " outlived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a one-shot command of the same jar with the same settings; its exit code and output. */
    CommandResult command(List<String> arguments, String standardInput) {
        Path output = dataDir.resolve("command-" + System.nanoTime() + ".log");
        Process command = launch(arguments, output);
        try {
            command.getOutputStream().write(standardInput.getBytes(StandardCharsets.UTF_8));
            command.getOutputStream().close();
            if (!command.waitFor(START_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                command.destroyForcibly();
                throw new IllegalStateException(name + ": " + arguments + " did not end within " + START_BOUND);
            }
            return new CommandResult(command.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record CommandResult(int exitCode, String output) {
    }

    private Process launch(List<String> arguments, Path output) {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        commandLine.addAll(JVM_OPTIONS);
        commandLine.add("-jar");
        commandLine.add(jar.toString());
        commandLine.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("ADT_"));
        builder.environment().putAll(environment);
        builder.environment().put("ADT_DATA_DIR", dataDir.toString());
        builder.environment().put("ADT_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(dataDir);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + commandLine, e);
        }
    }

    /** Waits until /api/health/ answers 200; fails at once, with the log's tail, if the process exits. */
    void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n" + logTail());
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/health/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " was not healthy within " + START_BOUND + ":\n" + logTail());
    }

    Path log() {
        return dataDir.resolve("serve.log");
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, as an orderly stop; SIGKILL after 30 s. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
