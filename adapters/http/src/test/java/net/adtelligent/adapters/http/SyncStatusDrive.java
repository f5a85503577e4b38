package net.adtelligent.adapters.http;

import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.testing.FakeAirbyte;

/**
 * The sync routes into every outcome they have, for {@link StatusDrive}: on its server and tenant
 * "acme", with a fake Airbyte the drive switches down for the 503 (and a database, for the telemetry's).
 */
final class SyncStatusDrive {

    private static final String LIST = "/api/tenants/acme/connections/";
    private static final String TELEMETRY = "/api/tenants/acme/airbyte/telemetry/";

    private final TestApi api;
    private final List<HttpResponse<String>> seen;
    private final FakeAirbyte airbyte;
    private final FailingStores stores;
    private String sync;

    SyncStatusDrive(TestApi api, List<HttpResponse<String>> seen, FakeAirbyte airbyte, FailingStores stores) {
        this.api = api;
        this.seen = seen;
        this.airbyte = airbyte;
        this.stores = stores;
    }

    void drive() {
        TestApi viewer = api.as(api.signUp("sync.viewer@example.com"));
        api.addMember("acme", viewer.me, Role.VIEWER);
        String plain = TestApi.json(api.post(LIST, ConnectionStatusDrive.META)).path("id").asText();
        String provisioned = provisioned(TestApi.json(api.post(LIST, ConnectionStatusDrive.META)).path("id").asText());
        sync = LIST + provisioned + "/sync/";
        seen.add(api.post(sync, ""));
        seen.add(api.post(sync, ""));
        seen.add(api.post(LIST + plain + "/sync/", ""));
        seen.add(api.anonymous().post(sync, ""));
        seen.add(viewer.post(sync, ""));
        seen.add(api.post(LIST + "not-an-id/sync/", ""));
        seen.add(api.post(sync.replace("acme", "nobody"), ""));
        seen.add(api.get(TELEMETRY));
        seen.add(viewer.get(TELEMETRY + "?status=succeeded&from=2026-11-01T00:00:00Z"));
        seen.add(api.get(TELEMETRY + "?status=finished"));
        seen.add(api.anonymous().get(TELEMETRY));
        seen.add(api.get(TELEMETRY.replace("acme", "nobody")));
        String another = provisioned(TestApi.json(api.post(LIST, ConnectionStatusDrive.META)).path("id").asText());
        airbyte.down = true;
        seen.add(api.post(LIST + another + "/sync/", ""));
        airbyte.down = false;
        stores.unavailable.set(true);
        seen.add(api.get(TELEMETRY));
        stores.unavailable.set(false);
    }

    /** Every route once more, with every store broken (StatusDrive breaks them). */
    void failing() {
        seen.add(api.post(sync, ""));
        seen.add(api.get(TELEMETRY));
    }

    /** The connection as provisioning leaves it: with an Airbyte connection id. */
    private String provisioned(String id) {
        ConnectionId connection = new ConnectionId(UUID.fromString(id));
        var tenant = api.core.tenantDirectory().bySlug("acme").get().id();
        Connection c = api.stores.connections().byId(tenant, connection).get();
        api.stores.connections().replace(new Connection(c.id(), c.tenant(), c.platform(), c.externalAccountId(), c.name(),
                c.schedule(), c.status(), c.credentials(), c.fingerprints(), c.tokenExpiresAt(),
                Option.of("src-" + id), Option.of(UUID.randomUUID().toString()), c.createdAt(), c.updatedAt()));
        return id;
    }
}
