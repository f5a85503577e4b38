package net.adtelligent.dbt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * dbt, dbt-postgres, dbt-duckdb and sqlfluff exactly as dbt/requirements.txt pins them, in a
 * virtual environment under ~/.cache/adtelligent keyed by that file's digest: installed once per
 * machine and per change of the pins. Python 3 with venv and pip is all it needs; without them it
 * fails saying so, never skips.
 */
final class DbtToolchain {

    static final Path PROJECT = Path.of("..", "dbt").toAbsolutePath().normalize();

    private final Path bin;

    private DbtToolchain(Path bin) {
        this.bin = bin;
    }

    static synchronized DbtToolchain installed() {
        Path requirements = PROJECT.resolve("requirements.txt");
        Path venv = Path.of(System.getProperty("user.home"), ".cache", "adtelligent", "dbt-" + digest(requirements));
        Path done = venv.resolve("installed");
        if (!Files.exists(done)) {
            Process.run(List.of("python3", "-c", "import venv, ensurepip"), Map.of(), PROJECT, 60,
                    "the tests install dbt themselves and need Python 3 with venv and pip: install python3, python3-venv"
                            + " and python3-pip (Debian: apt-get install python3 python3-venv python3-pip)");
            Process.run(List.of("python3", "-m", "venv", "--clear", venv.toString()), Map.of(), PROJECT, 300,
                    "cannot create a virtual environment in " + venv + " (is python3-venv installed?)");
            Process.run(List.of(venv.resolve("bin/pip").toString(), "install", "--disable-pip-version-check", "-q", "-r",
                    requirements.toString()), Map.of(), PROJECT, 1800, "pip could not install " + requirements);
            try {
                Files.writeString(done, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DbtToolchain(venv.resolve("bin"));
    }

    /** Runs dbt in the project with these variables; answers its output, or fails the test with it. */
    String dbt(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("dbt").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--project-dir", PROJECT.toString(), "--profiles-dir", PROJECT.toString()));
        return Process.run(command, env, PROJECT, 900, "dbt " + String.join(" ", args) + " failed");
    }

    String sqlfluff(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("sqlfluff").toString()));
        command.addAll(List.of(args));
        return Process.run(command, env, PROJECT, 900, "sqlfluff " + String.join(" ", args) + " found problems");
    }

    String python(Map<String, String> env, String script) {
        return Process.run(List.of(bin.resolve("python").toString(), "-c", script), env, PROJECT, 300, "python failed");
    }

    private static String digest(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A child process whose output is the answer; a non-zero exit fails with the output. */
    static final class Process {

        private Process() {
        }

        static String run(List<String> command, Map<String, String> env, Path directory, long seconds, String failure) {
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
                builder.environment().putAll(env);
                Path log = Files.createTempFile("adt-dbt", ".log");
                builder.redirectOutput(log.toFile());
                java.lang.Process process;
                try {
                    process = builder.start();
                } catch (IOException e) {
                    throw new AssertionError(failure + ": cannot start " + command.get(0) + " (" + e.getMessage() + ")", e);
                }
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(failure + ": no answer within " + seconds + " s\n" + Files.readString(log));
                }
                String output = Files.readString(log, StandardCharsets.UTF_8);
                Files.delete(log);
                if (process.exitValue() != 0) {
                    throw new AssertionError(failure + " (exit " + process.exitValue() + "):\n" + output);
                }
                return output;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(failure + ": interrupted", e);
            }
        }
    }
}
