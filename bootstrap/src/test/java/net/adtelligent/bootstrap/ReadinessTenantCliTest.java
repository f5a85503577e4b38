package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readiness tenant on embedded PostgreSQL with the demo tenant: as the demo made it, then broken in SQL. */
class ReadinessTenantCliTest {

    @TempDir
    Path data;

    private PostgresSettings database;
    private Map<String, String> env;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void demo() {
        database = EmbeddedPostgresFixture.freshDatabase();
        env = Map.of("ADT_DATA_DIR", data.toString(), "ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user());
        Operations.withCore(Settings.from(env), core -> DemoData.ensure(core, Optional.of("another-long-passphrase-77")));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        return Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void tenant_givenTheDemo_passesEveryCheckOfEveryConnection() {
        assertThat(run("readiness", "tenant", "--tenant", "demo")).as(out + err.toString()).isZero();

        // Eight connections, one per platform, three checks each.
        assertThat(out.toString()).contains("24 checks, 0 failed", "META_ADS", "CSV", "credentials", "token", "contracts",
                "meta_ads.ads_insights").doesNotContain("FAIL", "NotARealToken");
        assertThat(Pattern.compile(" pass ").matcher(out.toString()).results().count()).isEqualTo(24);
    }

    @Test
    void tenant_givenAnEndedTokenAndChangedSealedBytes_failsNamingTheConnectionAndTheCheck() throws Exception {
        String meta = id("META_ADS");
        String google = id("GOOGLE_ADS");
        sql("update connections set token_expires_at = now() - interval '1 day' where id = '" + meta + "'");
        sql("update connections set secret_ciphertext = set_byte(secret_ciphertext, 0, get_byte(secret_ciphertext, 0) # 1)"
                + " where id = '" + google + "'");

        assertThat(run("readiness", "tenant", "--tenant", "demo")).as(out + err.toString()).isEqualTo(1);

        assertThat(out.toString()).containsPattern(meta + "\\s+META_ADS\\s+token\\s+FAIL .*ended")
                .containsPattern(google + "\\s+GOOGLE_ADS\\s+credentials\\s+FAIL .*do not open \\(not_authentic\\)")
                .containsPattern(meta + "\\s+META_ADS\\s+credentials\\s+pass")
                .contains("24 checks, 2 failed");
    }

    @Test
    void tenant_givenAnUnknownTenant_exitsNonZeroNamingIt() {
        assertThat(run("readiness", "tenant", "--tenant", "nobody-here")).isNotIn(0, 1);
        assertThat(err.toString()).contains("nobody-here");
    }

    @Test
    void help_givenReadinessTenant_showsAnExample() {
        assertThat(run("readiness", "tenant", "--help")).isZero();
        assertThat(out.toString()).contains("Example", "adtelligent readiness tenant --tenant demo", "--tenant");
        assertThat(run("readiness", "--help")).isZero();
        assertThat(out.toString()).contains("tenant", "adtelligent readiness tenant --tenant demo");
    }

    private String id(String platform) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                ResultSet found = connection.createStatement().executeQuery(
                        "select id from connections where platform = '" + platform + "' and status <> 'deleted'")) {
            assertThat(found.next()).as(platform).isTrue();
            return found.getString(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            assertThat(connection.createStatement().executeUpdate(statement)).as(statement).isEqualTo(1);
        }
    }
}
