package net.adtelligent.adapters.http;

import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.util.List;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink;

/**
 * The alert routes into every outcome they have, for {@link StatusDrive}: on its server and tenant
 * "acme", each request leaving the state the next needs.
 */
final class AlertStatusDrive {

    private static final String LIST = "/api/tenants/acme/alerts/";

    private final TestApi api;
    private final List<HttpResponse<String>> seen;
    private final FailingStores stores;
    private String acknowledge;

    AlertStatusDrive(TestApi api, List<HttpResponse<String>> seen, FailingStores stores) {
        this.api = api;
        this.seen = seen;
        this.stores = stores;
    }

    void drive() {
        TestApi viewer = api.as(api.signUp("alert.viewer@example.com"));
        api.addMember("acme", viewer.me, Role.VIEWER);
        TenantId acme = api.core.tenantDirectory().bySlug("acme").get().id();
        api.facts.alerts().raise(new AlertSink.Alert(Option.of(acme), "sync_failing", new AlertSubject("status-drive"),
                "the last 3 syncs failed", api.clock.instant()));
        String id = TestApi.json(api.get(LIST)).path("items").get(0).path("id").asText();
        acknowledge = LIST + id + "/acknowledge/";
        seen.add(api.get(LIST));
        seen.add(api.get(LIST + "?state=open&limit=1"));
        seen.add(api.get(LIST + "?state=closed"));
        seen.add(api.anonymous().get(LIST));
        seen.add(api.get(LIST.replace("acme", "nobody")));
        seen.add(viewer.post(acknowledge, ""));
        seen.add(api.anonymous().post(acknowledge, ""));
        seen.add(api.post(LIST + "987654321/acknowledge/", ""));
        seen.add(api.post(acknowledge, ""));
        api.facts.alerts().resolve(acme, "sync_failing", new AlertSubject("status-drive"), api.clock.instant());
        seen.add(api.post(acknowledge, ""));
    }

    /** Both routes once more, with every store broken (StatusDrive breaks them), then with the database away. */
    void failing() {
        seen.add(api.get(LIST));
        seen.add(api.post(acknowledge, ""));
        stores.unavailable.set(true);
        seen.add(api.get(LIST));
        seen.add(api.post(acknowledge, ""));
        stores.unavailable.set(false);
    }
}
