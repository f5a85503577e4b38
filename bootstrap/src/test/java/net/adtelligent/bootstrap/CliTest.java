package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        return Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void help_givenNoCommand_listsTheCommandsWithAnExample() {
        assertThat(run(Map.of(), "--help")).isZero();

        assertThat(out.toString()).contains("serve", "migrate", "Example:", "adtelligent serve --demo");
    }

    @Test
    void help_givenEachCommand_showsAnExample() {
        assertThat(run(Map.of(), "serve", "--help")).isZero();
        assertThat(run(Map.of(), "migrate", "--help")).isZero();

        assertThat(out.toString()).contains("--demo", "ADT_HTTP_PORT=9090 adtelligent serve", "adtelligent migrate");
    }

    @Test
    void version_givenFlag_printsTheBuildVersion() {
        assertThat(run(Map.of(), "--version")).isZero();

        assertThat(out.toString()).startsWith("adtelligent 0.").doesNotContain("unknown");
    }

    @Test
    void unknownCommand_givenTypo_failsWithUsage() {
        assertThat(run(Map.of(), "serv")).isEqualTo(2);

        assertThat(err.toString()).contains("Unmatched argument", "serve");
    }

    @Test
    void migrate_givenUnreachableDatabase_failsFastWithOneLineAndNoPassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "postgresql://owner:hunter2@127.0.0.1:" + closedPort + "/adt";

        int code = run(Map.of("ADT_DATABASE_URL", url), "migrate");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("adtelligent: ").contains("127.0.0.1:" + closedPort, "ADT_DATABASE_URL")
                .doesNotContain("hunter2").doesNotContain("\n");
    }

    @Test
    void serve_givenUnwritableDataDir_failsWithOneLineNamingTheVariable(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

        int code = run(Map.of("ADT_DATA_DIR", file.resolve("data").toString()), "serve");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("is not writable: set ADT_DATA_DIR");
    }

    @Test
    void serve_givenBadPortSetting_failsNamingTheVariable() {
        assertThat(run(Map.of("ADT_HTTP_PORT", "-1"), "serve")).isEqualTo(2);

        assertThat(err.toString()).contains("ADT_HTTP_PORT='-1'");
    }
}
