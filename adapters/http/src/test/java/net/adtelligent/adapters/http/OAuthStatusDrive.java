package net.adtelligent.adapters.http;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.identity.Role;

/**
 * The consent routes into every outcome they have, for {@link StatusDrive}, on its server and
 * tenant "acme", against {@link FakeOAuthPlatforms}.
 */
final class OAuthStatusDrive {

    private static final String START = "/api/tenants/acme/connections/oauth/META_ADS/start/";
    private static final String CALLBACK = "/api/oauth/callback/META_ADS/";
    private static final String PICK = "{\"external_account_id\": \"1111111111\"}";
    private static final String BIG = "{\"name\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}";

    private final TestApi api;
    private final List<HttpResponse<String>> seen;
    private final SwitchableVault vault;
    private final FailingStores stores;

    OAuthStatusDrive(TestApi api, List<HttpResponse<String>> seen, SwitchableVault vault, FailingStores stores) {
        this.api = api;
        this.seen = seen;
        this.vault = vault;
        this.stores = stores;
    }

    void drive() {
        TestApi viewer = api.as(api.signUp("oauth.viewer@example.com"));
        api.addMember("acme", viewer.me, Role.VIEWER);
        seen.add(api.anonymous().post(START, ""));
        seen.add(viewer.post(START, ""));
        seen.add(api.post(START.replace("acme", "nobody"), ""));
        seen.add(api.post(START.replace("META_ADS", "CSV"), ""));
        seen.add(api.post(START.replace("META_ADS", "GOOGLE_ADS"), ""));
        vault.down.set(true);
        seen.add(api.post(START, ""));
        vault.down.set(false);

        seen.add(callBack(FakeOAuthPlatforms.ONE, state()));
        String grant = TestApi.json(remember(callBack(FakeOAuthPlatforms.TWO, state()))).path("grant_id").asText();
        seen.add(callBack(FakeOAuthPlatforms.TWO, "not-a-state"));
        seen.add(api.anonymous().get(CALLBACK + "?error=access_denied&state=x"));
        // A query longer than the server reads: Jetty answers 414 before any handler.
        seen.add(api.anonymous().get(CALLBACK + "?code=" + "x".repeat(9_000) + "&state=y"));
        seen.add(callBack(FakeOAuthPlatforms.DOWN, state()));
        seen.add(api.as(new TestApi.Session(api.me.user(), "not-a-token", "x")).get(CALLBACK + "?code=x&state=y"));

        // A browser back from the platform is sent on to the console.
        seen.add(api.anonymous().send(api.anonymous().request(CALLBACK + "?code=" + FakeOAuthPlatforms.TWO + "&state=" + state())
                .header("Accept", "text/html,application/xhtml+xml").GET()));

        String pending = "/api/tenants/acme/connections/oauth/grants/" + grant + "/";
        seen.add(api.anonymous().get(pending));
        seen.add(viewer.get(pending));
        seen.add(api.get(pending.replace(grant, UUID.randomUUID().toString())));
        seen.add(api.get(pending));
        stores.unavailable.set(true);
        seen.add(api.get(pending));
        stores.unavailable.set(false);

        String pick = "/api/tenants/acme/connections/oauth/grants/" + grant + "/pick/";
        seen.add(api.anonymous().post(pick, PICK));
        seen.add(viewer.post(pick, PICK));
        seen.add(api.post(pick.replace(grant, UUID.randomUUID().toString()), PICK));
        seen.add(api.post(pick, "{\"external_account_id\": \"9\"}"));
        seen.add(api.post(pick, BIG));
        seen.add(api.send(api.request(pick).header("Content-Type", "text/plain").POST(BodyPublishers.ofString("{}"))));
        stores.unavailable.set(true);
        seen.add(api.post(pick, PICK));
        stores.unavailable.set(false);
        seen.add(api.post(pick, PICK));
        seen.add(api.post(pick, PICK));
        seen.add(api.get(pending)); // picked: the consent has ended
    }

    /** Every route once more, with every store broken (StatusDrive breaks them). */
    void failing() {
        seen.add(api.post(START, ""));
        seen.add(api.anonymous().get(CALLBACK + "?code=x&state=" + UUID.randomUUID() + "." + "A".repeat(43)));
        seen.add(api.post("/api/tenants/acme/connections/oauth/grants/" + UUID.randomUUID() + "/pick/", PICK));
        seen.add(api.get("/api/tenants/acme/connections/oauth/grants/" + UUID.randomUUID() + "/"));
    }

    private String state() {
        String url = TestApi.json(remember(api.post(START, ""))).path("authorization_url").asText();
        return url.substring(url.indexOf("state=") + 6, url.indexOf('&'));
    }

    private HttpResponse<String> callBack(String code, String state) {
        return api.anonymous().get(CALLBACK + "?code=" + code + "&state=" + state);
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        seen.add(response);
        return response;
    }
}
