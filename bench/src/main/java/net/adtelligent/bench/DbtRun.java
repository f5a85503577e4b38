package net.adtelligent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.adtelligent.bootstrap.ConfigurationException;

/**
 * dbt as the project pins it (dbt/requirements.txt), from the virtual environment the dbt parity
 * test installs: ~/.cache/adtelligent/dbt-&lt;first 12 hex digits of the file's SHA-256&gt;. Missing,
 * it fails naming the command that installs it; it never installs anything while timing.
 */
public final class DbtRun {

    /** One node of run_results.json: model, test or hook, its status and its own execution time. */
    public record Node(String id, String status, double seconds) {
    }

    /** What one dbt command took: the process's wall time and run_results.json's nodes. */
    public record Result(long nanos, double elapsedSeconds, List<Node> nodes, String output) {

        public double nodeSeconds() {
            return nodes.stream().mapToDouble(Node::seconds).sum();
        }
    }

    private final Path project;
    private final Path dbt;

    private DbtRun(Path project, Path dbt) {
        this.project = project;
        this.dbt = dbt;
    }

    /** dbt for the project in {@code project}; fails when the pinned tool chain is not installed. */
    public static DbtRun locate(Path project) {
        Path requirements = project.resolve("requirements.txt");
        if (!Files.isRegularFile(requirements)) {
            throw new ConfigurationException("no dbt project at " + project.toAbsolutePath()
                    + " (its requirements.txt is missing): run from the repository's root or pass --dbt-project");
        }
        Path venv = venv(project);
        Path dbt = venv.resolve("bin").resolve("dbt");
        if (!Files.isExecutable(dbt)) {
            throw new ConfigurationException("dbt is not installed in " + venv + "; install the pinned tool chain with `python3 -m venv "
                    + venv + " && " + venv.resolve("bin/pip") + " install -r " + requirements.toAbsolutePath().normalize()
                    + "` (the dbt-parity tests and .ci/run install the same)");
        }
        return new DbtRun(project.toAbsolutePath().normalize(), dbt);
    }

    /** Where the pinned tool chain of {@code project}'s requirements.txt lives, installed or not. */
    public static Path venv(Path project) {
        return Path.of(System.getProperty("user.home"), ".cache", "adtelligent", "dbt-" + digest(project.resolve("requirements.txt")));
    }

    public String describe() {
        return dbt.toString();
    }

    /** Runs {@code dbt args...} in the project with these variables, its target in {@code target}; fails on a non-zero exit. */
    public Result run(Map<String, String> env, Path target, String... args) {
        List<String> command = new ArrayList<>(List.of(dbt.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--project-dir", project.toString(), "--profiles-dir", project.toString()));
        try {
            Files.createDirectories(target);
            Path log = target.resolve("dbt-output.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("DBT_TARGET_PATH", target.toString());
            builder.environment().put("DBT_LOG_PATH", target.resolve("logs").toString());
            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException("dbt " + String.join(" ", args) + ": no answer within 2 hours");
            }
            long nanos = System.nanoTime() - started;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("dbt " + String.join(" ", args) + " failed (exit " + process.exitValue() + "):\n" + output);
            }
            JsonNode results = new ObjectMapper().readTree(target.resolve("run_results.json").toFile());
            List<Node> nodes = new ArrayList<>();
            results.path("results").forEach(node -> nodes.add(new Node(node.path("unique_id").asText(),
                    node.path("status").asText(), node.path("execution_time").asDouble())));
            nodes.sort(Comparator.comparingDouble(Node::seconds).reversed());
            return new Result(nanos, results.path("elapsed_time").asDouble(), nodes, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
