package net.adtelligent.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs moto server once per machine into a virtual env under the user cache dir
 * ({@code ~/.cache/adtelligent/moto-<version>}), pinned, so every run tests against the same
 * emulator. A file lock keeps two test JVMs (two modules built in parallel) from installing at once.
 * A missing python3 or venv module fails the test with what to install: never a silent skip.
 */
final class MotoInstall {

    /** Pinned: moto's SES v2 behaviour (identities, the sent-mail record) and KMS behaviour change between versions. */
    static final String VERSION = "5.2.5";
    static final String BIN = System.getProperty("os.name").startsWith("Windows") ? "Scripts" : "bin";
    private static final String HOW_TO_INSTALL = "The AWS adapter tests run a real SES/KMS emulator (moto "
            + VERSION + " from PyPI) and need python3 with its venv module and pip: install them, e.g. "
            + "'apt-get install python3 python3-venv python3-pip' on Debian/Ubuntu.";

    private MotoInstall() {}

    /** The virtual env with moto installed; installs it on first use. */
    static synchronized Path venv() throws IOException, InterruptedException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path userCache = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        Path cache = userCache.resolve("adtelligent");
        Path venv = cache.resolve("moto-" + VERSION);
        Path marker = venv.resolve(".installed");
        Files.createDirectories(cache);
        try (FileChannel lockFile = FileChannel.open(cache.resolve("moto-" + VERSION + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lockFile.lock(); // released when the channel closes
            if (!Files.exists(marker)) {
                // --clear: a half-finished earlier install (interrupted pip) is started over.
                run(List.of(python(), "-m", "venv", "--clear", venv.toString()), 120);
                run(List.of(venv.resolve(BIN).resolve("python").toString(), "-m", "pip", "install",
                        "--quiet", "--disable-pip-version-check", "moto[server]==" + VERSION), 600);
                Files.writeString(marker, VERSION + "\n");
            }
        }
        return venv;
    }

    private static String python() throws InterruptedException {
        for (String candidate : List.of("python3", "python")) {
            try {
                String check = "import venv, sys; sys.exit(sys.version_info < (3, 9))";
                Process probe = new ProcessBuilder(candidate, "-c", check).redirectErrorStream(true).start();
                probe.getInputStream().transferTo(OutputStream.nullOutputStream());
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notOnPath) {
                // try the next name
            }
        }
        return fail("No python3 (3.9 or newer, with the venv module) on PATH. " + HOW_TO_INSTALL);
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("moto-install-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " took over " + timeoutSeconds + " s:\n" + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + Files.readString(output) + "\n" + HOW_TO_INSTALL);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
