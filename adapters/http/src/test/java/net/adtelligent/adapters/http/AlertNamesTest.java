package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alerts about a connection carry its name, listed and acknowledged; one about the tenant, none. */
class AlertNamesTest {

    private static final String LIST = "/api/tenants/acme/alerts/";

    private TestApi api;
    private TenantId acme;

    @BeforeEach
    void start() {
        api = TestApi.start();
        api.register("acme");
        acme = api.core.tenantDirectory().bySlug("acme").get().id();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void alerts_aboutAConnection_nameIt_andAboutTheTenant_nameNone() {
        String connection = TestApi.json(api.post("/api/tenants/acme/connections/", """
                {"platform": "META_ADS", "external_account_id": "1234567890", "name": "Brand EU",
                 "credentials": {"access_token": "EAAfakeAlertNamesTestToken0001"}}
                """)).path("id").asText();
        raise("sync_failing", AlertSubject.connection(new ConnectionId(java.util.UUID.fromString(connection))));
        raise("snapshot_failed", new AlertSubject("tenant"));

        JsonNode items = TestApi.json(api.get(LIST)).path("items");
        JsonNode aboutConnection = find(items, "sync_failing");
        assertThat(aboutConnection.path("connection_id").asText()).isEqualTo(connection);
        assertThat(aboutConnection.path("connection_name").asText()).isEqualTo("Brand EU");
        assertThat(find(items, "snapshot_failed").path("connection_name").isNull()).isTrue();

        JsonNode acknowledged = TestApi.json(api.post(LIST + aboutConnection.path("id").asText() + "/acknowledge/", ""));
        assertThat(acknowledged.path("connection_name").asText()).isEqualTo("Brand EU");
    }

    private void raise(String kind, AlertSubject subject) {
        api.facts.alerts().raise(new AlertSink.Alert(Option.of(acme), kind, subject, "seen", api.clock.instant()));
    }

    private static JsonNode find(JsonNode items, String kind) {
        for (JsonNode item : items) {
            if (item.path("kind").asText().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " alert in " + items);
    }
}
