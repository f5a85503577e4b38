package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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

        assertThat(out.toString()).contains("serve", "migrate", "Example:", "adtelligent serve --demo", "Exit codes:")
                .containsPattern("3 +an outside part \\(the database, the mail service\\) is unavailable");
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
    void migrate_givenUnreachableDatabase_failsFastWithExit3OneLineAndNoPassword() throws Exception {
        int closedPort = closedPort();
        String url = "postgresql://owner:hunter2@127.0.0.1:" + closedPort + "/adt";
        long start = System.nanoTime();

        int code = run(Map.of("ADT_DATABASE_URL", url), "migrate");

        assertThat(code).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(err.toString().strip()).startsWith("adtelligent: ").contains("127.0.0.1:" + closedPort, "Connection refused")
                .doesNotContain("hunter2").doesNotContain("\n");
    }

    @Test
    void serve_givenUnreachableDatabase_triesAgainForTheStartupWaitThenExits3() throws Exception {
        int closedPort = closedPort();
        Map<String, String> env = Map.of("ADT_DATABASE_URL", "postgresql://owner:hunter2@127.0.0.1:" + closedPort + "/adt",
                "ADT_DATABASE_STARTUP_WAIT", "PT3S", "ADT_HTTP_PORT", "0");
        long start = System.nanoTime();

        int code = run(env, "serve");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(took).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(8));
        // 0.5 s, 1 s, then what is left of the 3 s: four tries at least.
        assertThat(err.toString().strip()).startsWith("adtelligent: cannot connect to PostgreSQL at 127.0.0.1:" + closedPort)
                .containsPattern("tried [4-9] times in PT3S \\(ADT_DATABASE_STARTUP_WAIT\\)")
                .doesNotContain("hunter2").doesNotContain("\n");
    }

    @Test
    void help_givenServe_listsTheExitCodes() {
        assertThat(run(Map.of(), "serve", "--help")).isZero();

        assertThat(out.toString()).contains("Exit codes:", "ADT_DATABASE_STARTUP_WAIT")
                .containsPattern("2 +a setting is wrong").containsPattern("3 +the database could not be reached");
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

    @Test
    void serve_givenATrustedProxyThatIsNoAddress_exits2NamingTheVariableAndTheEntry() {
        assertThat(run(Map.of("ADT_TRUSTED_PROXIES", "10.0.0.0/8, nginx"), "serve")).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo("adtelligent: ADT_TRUSTED_PROXIES: 'nginx' is not an IP address or a"
                + " CIDR block such as 10.0.0.0/8 or fd00::/8");
    }

    @Test
    void serve_givenFactsFromDbtWithoutASchema_failsNamingTheVariable() {
        assertThat(run(Map.of("ADT_FACTS_SOURCE", "dbt"), "serve")).isEqualTo(2);

        assertThat(err.toString()).contains("ADT_DBT_SCHEMA");
    }

    @Test
    void serve_givenADbtSchemaThatIsNotAPlainIdentifier_failsNamingTheVariable() {
        assertThat(run(Map.of("ADT_FACTS_SOURCE", "dbt", "ADT_DBT_SCHEMA", "marts\"; drop schema public; --"), "serve"))
                .isEqualTo(2);

        assertThat(err.toString()).contains("ADT_DBT_SCHEMA=").contains("plain identifier");
    }

    @Test
    void contractsNormalizeIngest_givenFactsFromDbt_isRefusedNamingTheSetting(@TempDir Path data) throws Exception {
        Path records = Files.writeString(data.resolve("sync.jsonl"), "{}\n");
        int code = run(Map.of("ADT_DATA_DIR", data.toString(), "ADT_FACTS_SOURCE", "dbt", "ADT_DBT_SCHEMA", "marts"),
                "contracts", "normalize", "--stream", "meta_ads.ads_insights", "--ingest", "--tenant", "demo",
                "--connection", "00000000-0000-0000-0000-000000000001", records.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("ADT_FACTS_SOURCE=dbt");
    }

    @Test
    void usersCreate_givenUnknownTenant_failsAndCreatesNoUser(@TempDir Path data) {
        Map<String, String> env = Map.of("ADT_DATA_DIR", data.toString());

        int code = withStdin("vivid-otter-quilt-91-harbor\n", () -> run(env, "users", "create",
                "--email", "ada@example.com", "--tenant", "nope", "--role", "owner", "--password-stdin"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--tenant: no tenant 'nope'");
        try (StandaloneService service = StandaloneService.start(Settings.from(Map.of("ADT_DATA_DIR", data.toString(),
                "ADT_HTTP_PORT", "0")))) {
            assertThat(service.core().manageUsers().byEmail("ada@example.com")).isEmpty();
        }
    }

    @Test
    void usersCreate_givenDemoTenantAndPasswordOnStdin_createsAnOwnerWhoCanLogIn(@TempDir Path data) throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", data.toString(), "ADT_HTTP_PORT", "0"));
        try (StandaloneService service = StandaloneService.start(settings)) {
            DemoData.ensure(service.core(), java.util.Optional.of("another-long-passphrase-77"));
        }

        int code = withStdin("vivid-otter-quilt-91-harbor\n", () -> run(Map.of("ADT_DATA_DIR", data.toString()),
                "users", "create", "--email", "Ada@Example.com", "--tenant", "demo", "--role", "admin", "--password-stdin"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("ada@example.com is admin of demo.");
        try (StandaloneService service = StandaloneService.start(settings)) {
            assertThat(StandaloneServiceTest.logIn(service.httpPort(), "ada@example.com", "vivid-otter-quilt-91-harbor"))
                    .isNotBlank();
        }
    }

    @Test
    void usersCreate_givenWeakPassword_saysWhy(@TempDir Path data) throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", data.toString(), "ADT_HTTP_PORT", "0"));
        try (StandaloneService service = StandaloneService.start(settings)) {
            DemoData.ensure(service.core(), java.util.Optional.of("another-long-passphrase-77"));
        }

        int code = withStdin("password1234\n", () -> run(Map.of("ADT_DATA_DIR", data.toString()),
                "users", "create", "--email", "bob@example.com", "--tenant", "demo", "--role", "viewer", "--password-stdin"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot create the user: password is too easy to guess");
    }

    @Test
    void readiness_givenEmbeddedDefaults_reportsDatabaseAndMailReady(@TempDir Path data) {
        int code = run(Map.of("ADT_DATA_DIR", data.toString()), "readiness");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("database +ready +PostgreSQL 14").containsPattern("mail +ready");
    }

    @Test
    void readiness_givenSesEndpointWithoutKeys_saysNoAwsCredentialsAndExits1(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("ADT_DATA_DIR", data.toString(), "ADT_MAIL_PROVIDER", "ses",
                "ADT_MAIL_FROM", "ops@example.com", "AWS_REGION", "eu-west-1",
                "ADT_SES_ENDPOINT", "http://127.0.0.1:" + closedPort());

        int code = run(env, "readiness");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).containsPattern("mail +NOT +sender ops@example.com: no AWS credentials");
    }

    @Test
    void readiness_givenSesKeysButNoReachableEndpoint_reportsMailNotReadyAndExits1(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("ADT_DATA_DIR", data.toString(), "ADT_MAIL_PROVIDER", "ses",
                "ADT_MAIL_FROM", "ops@example.com", "AWS_REGION", "eu-west-1",
                "ADT_SES_ENDPOINT", "http://127.0.0.1:" + closedPort(),
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");

        int code = run(env, "readiness");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).containsPattern("mail +NOT +sender ops@example.com: SES gave no usable answer");
    }

    @Test
    void serve_givenAwsKmsWithoutAKeyId_refusesToStartNamingTheVariable(@TempDir Path data) {
        Map<String, String> env = Map.of("ADT_DATA_DIR", data.toString(), "ADT_KMS_PROVIDER", "aws",
                "AWS_REGION", "eu-west-1");

        int code = run(env, "serve");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("adtelligent: ").contains("ADT_KMS_KEY_ID").doesNotContain("\n");
    }

    @Test
    void readiness_givenTheLocalKeyring_reportsTheKeyServiceReadyAndKeepsTheKeyringPrivate(@TempDir Path data)
            throws Exception {
        int code = run(Map.of("ADT_DATA_DIR", data.toString()), "readiness");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("key service +ready +local keyring kms-keyring, key local/[0-9a-f]{16}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("kms-keyring"))))
                .isEqualTo("rw-------");
    }

    @Test
    void readiness_givenAKeyringOthersMayRead_exits2NamingTheFix(@TempDir Path data) throws Exception {
        run(Map.of("ADT_DATA_DIR", data.toString()), "readiness");
        Files.setPosixFilePermissions(data.resolve("kms-keyring"), PosixFilePermissions.fromString("rw-r-----"));

        int code = run(Map.of("ADT_DATA_DIR", data.toString()), "readiness");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("kms-keyring may be read by others").contains("chmod 600");
    }

    @Test
    void readiness_givenAwsKmsUnreachable_reportsTheKeyServiceNotReadyAndExits1(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("ADT_DATA_DIR", data.toString(), "ADT_KMS_PROVIDER", "aws",
                "ADT_KMS_KEY_ID", "alias/adtelligent", "AWS_REGION", "eu-west-1",
                "ADT_KMS_ENDPOINT", "http://127.0.0.1:" + closedPort(),
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");

        int code = run(env, "readiness");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).containsPattern("key service +NOT +could not call AWS KMS");
    }

    @Test
    void readiness_givenOnlyHalfAnAccessKey_exits2NamingBothVariables(@TempDir Path data) {
        Map<String, String> env = Map.of("ADT_DATA_DIR", data.toString(), "AWS_ACCESS_KEY_ID", "testing");

        int code = run(env, "readiness");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int withStdin(String input, java.util.function.IntSupplier command) {
        java.io.InputStream original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return command.getAsInt();
        } finally {
            System.setIn(original);
        }
    }
}
