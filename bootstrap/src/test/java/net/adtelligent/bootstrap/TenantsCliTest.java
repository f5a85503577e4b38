package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntSupplier;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first tenant of a fresh install, made from the command line. */
class TenantsCliTest {

    private static final String PASSPHRASE = "vivid-otter-quilt-91-harbor";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        return Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int create(Path data, String slug, String currency, String timeZone, String owner, String stdin) {
        return withStdin(stdin, () -> run(Map.of("ADT_DATA_DIR", data.toString()), "tenants", "create",
                "--slug", slug, "--name", "Acme Inc", "--currency", currency, "--time-zone", timeZone,
                "--owner", owner, "--password-stdin"));
    }

    @Test
    void create_givenFreshInstall_registersTheTenantWhoseOwnerCanSignInAndSeeItsAudit(@TempDir Path data)
            throws Exception {
        int code = create(data, "acme", "USD", "America/New_York", "Ada@Example.com", PASSPHRASE + "\n");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Tenant acme (Acme Inc) registered; ada@example.com is its owner.");
        try (StandaloneService service = StandaloneService.start(Settings.from(Map.of(
                "ADT_DATA_DIR", data.toString(), "ADT_HTTP_PORT", "0")))) {
            String token = StandaloneServiceTest.logIn(service.httpPort(), "ada@example.com", PASSPHRASE);
            HttpResponse<String> tenant = StandaloneServiceTest.get(service.httpPort(), "/api/tenants/acme/", token);
            assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(200);
            assertThat(tenant.body()).contains("\"reporting_currency\":\"USD\"", "America/New_York");
            HttpResponse<String> audit = StandaloneServiceTest.get(service.httpPort(), "/api/tenants/acme/audit/", token);
            assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
            assertThat(audit.body()).contains("tenant.registered", "adtelligent tenants create");
        }
    }

    @Test
    void create_givenBadCurrencyAndTimeZone_exits2NamingBothOptionsAndStoresNothing(@TempDir Path data) {
        int code = create(data, "acme", "dollars", "Mars/Olympus", "ada@example.com", PASSPHRASE + "\n");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("adtelligent: cannot create the tenant: ")
                .contains("--currency", "--time-zone").doesNotContain("--slug", "\n\n");
        assertThat(run(Map.of("ADT_DATA_DIR", data.toString()), "tenants", "list")).isZero();
        assertThat(out.toString()).contains("No tenants yet");
        try (StandaloneService service = StandaloneService.start(Settings.from(Map.of(
                "ADT_DATA_DIR", data.toString(), "ADT_HTTP_PORT", "0")))) {
            assertThat(service.core().manageUsers().byEmail("ada@example.com")).isEmpty();
        }
    }

    @Test
    void create_givenWeakPassword_exits2SayingWhyAndRegistersNoTenant(@TempDir Path data) {
        int code = create(data, "acme", "EUR", "Europe/Berlin", "ada@example.com", "password1234\n");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("password is too easy to guess");
        run(Map.of("ADT_DATA_DIR", data.toString()), "tenants", "list");
        assertThat(out.toString()).contains("No tenants yet");
    }

    @Test
    void create_givenATakenSlug_exits2AndListShowsTheFirstOnly(@TempDir Path data) {
        assertThat(create(data, "acme", "EUR", "Europe/Berlin", "ada@example.com", PASSPHRASE + "\n")).isZero();
        // The owner exists by now: no password is read for them.
        int second = create(data, "acme", "USD", "UTC", "ada@example.com", "");

        assertThat(second).isEqualTo(2);
        assertThat(err.toString()).contains("--slug: a tenant 'acme' exists already");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of("ADT_DATA_DIR", data.toString()), "tenants", "list")).isZero();
        assertThat(out.toString()).containsPattern("acme +active +EUR +Europe/Berlin +Acme Inc")
                .doesNotContain("USD");
    }

    @Test
    void help_givenTenantsCreate_showsAnExampleAndNoPasswordOption() {
        assertThat(run(Map.of(), "tenants", "create", "--help")).isZero();

        assertThat(out.toString()).contains("Example", "adtelligent tenants create --slug acme", "printf '%s' \"$PASSWORD\" | adtelligent tenants create", "--password-stdin")
                .doesNotContain("--password ");
    }

    private static int withStdin(String input, IntSupplier command) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.getAsInt();
        } finally {
            System.setIn(original);
        }
    }
}
