package net.adtelligent.adapters.http;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import net.adtelligent.domain.identity.Role;

/**
 * The connector catalog and the connection routes into every outcome they have, for {@link StatusDrive}:
 * on its server and tenant "acme", each request leaving the state the next needs.
 */
final class ConnectionStatusDrive {

    static final String META = """
            {"platform": "META_ADS", "external_account_id": "1234", "credentials": {"access_token": "EAAstatusdrivestatusdrive"}}""";
    private static final String LIST = "/api/tenants/acme/connections/";
    private static final String BIG = "{\"name\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}";

    private final TestApi api;
    private final List<HttpResponse<String>> seen;
    private final SwitchableVault vault;
    private String one;

    ConnectionStatusDrive(TestApi api, List<HttpResponse<String>> seen, SwitchableVault vault) {
        this.api = api;
        this.seen = seen;
        this.vault = vault;
    }

    void drive() {
        TestApi viewer = api.as(api.signUp("conn.viewer@example.com"));
        api.addMember("acme", viewer.me, Role.VIEWER);
        seen.add(api.get("/api/connectors/"));
        seen.add(api.anonymous().get("/api/connectors/"));
        HttpResponse<String> created = api.post(LIST, META);
        seen.add(created);
        one = LIST + TestApi.json(created).path("id").asText() + "/";
        seen.add(api.post(LIST, "{\"platform\": \"GOOGLE_ADS\", \"external_account_id\": \"12\", \"credentials\": {}}"));
        seen.add(api.anonymous().post(LIST, META));
        seen.add(viewer.post(LIST, META));
        seen.add(api.post(LIST.replace("acme", "nobody"), META));
        seen.add(api.post(LIST, BIG));
        seen.add(textPlain("POST", LIST));
        seen.add(api.get(LIST));
        seen.add(api.get(LIST + "?limit=0"));
        seen.add(api.anonymous().get(LIST));
        seen.add(api.get(LIST.replace("acme", "nobody")));
        seen.add(api.get(one));
        seen.add(api.anonymous().get(one));
        seen.add(api.get(LIST + "not-an-id/"));
        seen.add(api.patch(one, "{\"name\": \"Brand EU\"}"));
        seen.add(api.patch(one, "{\"schedule\": \"hourly\"}"));
        seen.add(api.anonymous().patch(one, "{\"name\": \"x\"}"));
        seen.add(viewer.patch(one, "{\"name\": \"x\"}"));
        seen.add(api.patch(LIST + "not-an-id/", "{\"name\": \"x\"}"));
        seen.add(api.patch(one, BIG));
        seen.add(textPlain("PATCH", one));
        for (String action : List.of("pause/", "resume/")) {
            seen.add(api.post(one + action, ""));
            seen.add(api.post(one + action, ""));
            seen.add(api.anonymous().post(one + action, ""));
            seen.add(viewer.post(one + action, ""));
            seen.add(api.post(LIST + "not-an-id/" + action, ""));
        }
        String credentials = one + "credentials/";
        String fresh = "{\"credentials\": {\"access_token\": \"EAAanotherstatusdrivetoken\"}}";
        seen.add(api.put(credentials, fresh));
        seen.add(api.put(credentials, "{\"credentials\": {\"password\": \"x\"}}"));
        seen.add(api.anonymous().put(credentials, fresh));
        seen.add(viewer.put(credentials, fresh));
        seen.add(api.put(LIST + "not-an-id/credentials/", fresh));
        seen.add(api.put(credentials, BIG));
        seen.add(textPlain("PUT", credentials));
        HttpResponse<String> gone = api.post(LIST, META);
        String deleted = LIST + TestApi.json(gone).path("id").asText() + "/";
        seen.add(api.anonymous().delete(deleted));
        seen.add(viewer.delete(deleted));
        seen.add(api.delete(deleted));
        seen.add(api.delete(deleted));
        seen.add(api.delete(LIST + "not-an-id/"));
        seen.add(api.patch(deleted, "{\"name\": \"x\"}"));
        seen.add(api.post(deleted + "pause/", ""));
        seen.add(api.post(deleted + "resume/", ""));
        seen.add(api.put(deleted + "credentials/", fresh));
        vault.down.set(true);
        seen.add(api.post(LIST, META));
        seen.add(api.get(LIST));
        seen.add(api.get(one));
        seen.add(api.patch(one, "{\"name\": \"Down\"}"));
        seen.add(api.post(one + "pause/", ""));
        seen.add(api.post(one + "resume/", ""));
        seen.add(api.put(credentials, fresh));
        seen.add(api.delete(one));
        vault.down.set(false);
    }

    /** Every route once more, with every store broken (StatusDrive breaks them). */
    void failing() {
        seen.add(api.post(LIST, META));
        seen.add(api.get(LIST));
        seen.add(api.get(one));
        seen.add(api.patch(one, "{\"name\": \"x\"}"));
        seen.add(api.post(one + "pause/", ""));
        seen.add(api.post(one + "resume/", ""));
        seen.add(api.put(one + "credentials/", "{\"credentials\": {\"access_token\": \"EAAanotherstatusdrivetoken\"}}"));
        seen.add(api.delete(one));
    }

    private HttpResponse<String> textPlain(String method, String path) {
        return api.send(api.request(path).header("Content-Type", "text/plain").method(method, BodyPublishers.ofString("{}")));
    }
}
