package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** connectors list and connections list|create|rotate-credentials against the embedded database, with the demo tenant. */
class ConnectionsCliTest {

    private static final String TOKEN = "EAAfakeCliTestTokenfakeCliTestToken";

    @TempDir
    static Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demo() {
        Operations.withCore(Settings.from(Map.of("ADT_DATA_DIR", data.toString())),
                core -> DemoData.ensure(core, Optional.of("another-long-passphrase-77")));
    }

    private int run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(out, true), new PrintWriter(err, true), args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void list_givenTheDemo_showsOneConnectionPerPlatformWithFingerprintsOnly() {
        assertThat(run("", "connections", "list", "--tenant", "demo")).as(err.toString()).isZero();

        // The demo sealed them in another core; the keyring under the same data folder opens them here.
        assertThat(out.toString()).contains("META_ADS", "GOOGLE_ADS", "MICROSOFT_ADS", "LINKEDIN_ADS", "TIKTOK_ADS",
                "GA4", "SEARCH_CONSOLE", "CSV", "credentials readable", "credentials none")
                .containsPattern("access_token [0-9a-f]{12}").doesNotContain("NotARealToken");
    }

    @Test
    void createAndRotate_givenCredentialsOnStdin_storeThemAndPrintNoValue() {
        assertThat(run("{\"access_token\": \"" + TOKEN + "\"}", "connections", "create", "--tenant", "demo",
                "--platform", "META_ADS", "--account", "987654", "--name", "CLI Brand", "--credentials-stdin"))
                .as(err.toString()).isZero();
        Matcher id = Pattern.compile("([0-9a-f-]{36})\\s+META_ADS\\s+987654").matcher(out.toString());
        assertThat(id.find()).as(out.toString()).isTrue();
        Matcher print = Pattern.compile("access_token ([0-9a-f]{12})").matcher(out.toString());
        assertThat(print.find()).isTrue();

        assertThat(run("{\"access_token\": \"" + TOKEN + "X\"}", "connections", "rotate-credentials", "--tenant", "demo",
                "--connection", id.group(1), "--credentials-stdin")).as(err.toString()).isZero();

        assertThat(out.toString()).doesNotContain(TOKEN);
        Matcher rotated = Pattern.compile("access_token ([0-9a-f]{12})").matcher(out.toString());
        rotated.find();
        rotated.find();
        assertThat(rotated.group(1)).isNotEqualTo(print.group(1));
    }

    @Test
    void create_givenBadFields_exits2NamingEachAndNotTheValue() {
        assertThat(run("{\"access_token\": \"not-a-meta-token\", \"secret\": \"fake-cli-secret\"}", "connections", "create",
                "--tenant", "demo", "--platform", "META_ADS", "--account", "act_1", "--credentials-stdin")).isEqualTo(2);

        assertThat(err.toString()).contains("external_account_id", "credentials.access_token", "credentials.secret")
                .doesNotContain("not-a-meta-token", "fake-cli-secret");
    }

    @Test
    void help_givenEachCommand_showsAnExampleAndNoSecretOption() {
        for (String[] command : new String[][] {{"connectors", "list"}, {"connections", "list"}, {"connections", "create"},
            {"connections", "rotate-credentials"}}) {
            out.getBuffer().setLength(0);
            assertThat(run("", command[0], command[1], "--help")).isZero();
            assertThat(out.toString()).as(String.join(" ", command)).contains("Example", "adtelligent " + command[0])
                    .doesNotContain("--token ", "--access-token", "--password");
        }
        assertThat(run("", "connectors", "list")).isZero();
        assertThat(out.toString()).contains("meta_ads.ads_insights", "ads_read", "refresh_token*", "login_customer_id?");
    }
}
