package net.adtelligent.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real AWS API emulator on loopback (moto server, from PyPI) for the tests of the AWS adapters,
 * started once per test class: {@code @RegisterExtension static final MotoServer moto = new MotoServer();}.
 *
 * <p>The test installs what it needs, so a fresh machine or CI runs it with no setup beyond python3:
 * {@link MotoInstall} keeps a virtual env per moto version in the user cache dir, and this class
 * starts {@code moto_server} on a free port and stops it after the class. It lives in the ports
 * test-jar, needing only java.* and JUnit, so the SES and the KMS adapters' tests share it.
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Path log;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path venv = MotoInstall.venv();
        port = freePort();
        log = Files.createTempFile("moto-server-", ".log");
        Path executable = venv.resolve(MotoInstall.BIN).resolve("moto_server");
        process = new ProcessBuilder(List.of(executable.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitAnswer();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(log);
    }

    /** The base URI for the SDK's {@code endpointOverride}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The body of a GET on the server, e.g. {@code /moto-api/data.json} (moto's record of every model). */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(endpoint().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            fail("moto answered " + answer.statusCode() + " to GET " + path + ": " + answer.body());
        }
        return answer.body();
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("moto_server exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                get("/moto-api/data.json");
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail("moto_server did not answer on port " + port + " within " + STARTUP + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
