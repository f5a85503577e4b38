package net.adtelligent.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `airbyte reconcile`, `readiness airbyte` and `readiness production` on embedded PostgreSQL with the
 * demo tenant (recorded while Airbyte was off), against Airbyte's API played by WireMock.
 */
class AirbyteCliTest {

    @TempDir
    Path data;

    private final WireMockServer airbyte = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private Map<String, String> off;
    private Map<String, String> on;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void demo() {
        airbyte.start();
        PostgresSettings database = EmbeddedPostgresFixture.freshDatabase();
        off = Map.of("ADT_DATA_DIR", data.toString(), "ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user());
        Operations.withCore(Settings.from(off), core -> DemoData.ensure(core, Optional.of("another-long-passphrase-77")));
        on = new HashMap<>(off);
        on.put("ADT_AIRBYTE_URL", "http://127.0.0.1:" + airbyte.port() + "/v1");
        on.put("ADT_AIRBYTE_TOKEN", "fake-airbyte-token");
        on.put("ADT_AIRBYTE_WORKSPACE_ID", AirbyteProvisioningContract.WORKSPACE);
        on.put("ADT_AIRBYTE_DESTINATION_ID", AirbyteProvisioningContract.DESTINATION);
        airbyte.stubFor(get(urlPathEqualTo("/v1/connections")).willReturn(okJson("{\"data\": []}")));
        airbyte.stubFor(post(urlEqualTo("/v1/sources")).willReturn(okJson(AirbyteProvisioningContract.source("any"))));
        airbyte.stubFor(post(urlEqualTo("/v1/connections")).willReturn(okJson(
                AirbyteProvisioningContract.connection("any", "0 0 0/6 * * ?", "active"))));
    }

    @AfterEach
    void stop() {
        airbyte.stop();
    }

    private int run(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void reconcile_givenConnectionsRecordedWhileAirbyteWasOff_dryRunSaysWhatItWouldDoThenCreatesThem() {
        assertThat(run(on, "airbyte", "reconcile", "--dry-run", "--tenant", "demo")).as(out + err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("create source, create connection", "drift", "skipped", "failed",
                "TikTok's Airbyte connector", "dry run: nothing changed").doesNotContain("NotARealToken");
        assertThat(airbyte.findAll(postRequestedFor(urlEqualTo("/v1/sources")))).isEmpty();

        // TikTok stays failed (its connector needs fields connections do not take): exit 1 still.
        assertThat(run(on, "airbyte", "reconcile", "--tenant", "demo")).as(out + err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("repaired");
        assertThat(airbyte.findAll(postRequestedFor(urlEqualTo("/v1/sources")))).hasSize(6);
        assertThat(airbyte.findAll(postRequestedFor(urlEqualTo("/v1/connections")))).hasSize(6);
    }

    @Test
    void reconcile_givenAirbyteOffOrAnUnknownTenant_exits2SayingWhy() {
        assertThat(run(off, "airbyte", "reconcile")).isEqualTo(2);
        assertThat(err.toString()).contains("Airbyte not configured");

        assertThat(run(on, "airbyte", "reconcile", "--tenant", "nobody")).isEqualTo(2);
        assertThat(err.toString()).contains("--tenant");
    }

    @Test
    void readinessAirbyte_givenReachableAirbyteAndConnectionsNotSetUp_failsNamingThem() {
        airbyte.stubFor(get(urlPathEqualTo("/v1/workspaces/" + AirbyteProvisioningContract.WORKSPACE)).willReturn(okJson(
                "{\"workspaceId\": \"" + AirbyteProvisioningContract.WORKSPACE + "\", \"name\": \"adtelligent\","
                        + " \"dataResidency\": \"auto\"}")));
        airbyte.stubFor(get(urlPathEqualTo("/v1/destinations/" + AirbyteProvisioningContract.DESTINATION))
                .willReturn(okJson("{}")));

        assertThat(run(on, "readiness", "airbyte")).as(out + err.toString()).isEqualTo(1);

        assertThat(out.toString()).containsPattern("reachable +pass").containsPattern("destination +pass")
                .containsPattern("connection +FAIL .*needs create source, create connection");
        assertThat(run(off, "readiness", "airbyte")).isEqualTo(1);
        assertThat(out.toString()).containsPattern("configured +FAIL +Airbyte not configured");
    }

    @Test
    void readinessProduction_givenTheDevelopmentDefaults_failsEveryProductionCheck() {
        assertThat(run(off, "readiness", "production")).as(out + err.toString()).isEqualTo(1);

        assertThat(out.toString()).containsPattern("kms +FAIL").containsPattern("mail provider +FAIL")
                .containsPattern("cors +FAIL").containsPattern("signing key +FAIL").containsPattern("metrics +FAIL")
                .containsPattern("database +pass").containsPattern("airbyte +FAIL");
    }
}
