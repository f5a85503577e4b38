package net.adtelligent.adapters.http;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.upload.UploadId;

/**
 * The upload, conversion-setting and ad-fact routes into every outcome they have, for
 * {@link StatusDrive}: on its server and tenant "acme", each request leaving the state the next needs.
 */
final class UploadStatusDrive {

    static final String CSV = "Day,Campaign,Cost (EUR),Clicks\r\n2026-11-03,Brand Search,12.30,45\r\n";
    private static final String BIG = "{\"source\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}";
    private static final String SETTING = "/api/tenants/acme/settings/conversions/meta_ads.conversion_action_types/";
    private static final String FACTS = "/api/tenants/acme/facts/ad-performance/";

    private final TestApi api;
    private final List<HttpResponse<String>> seen;
    private String upload;

    UploadStatusDrive(TestApi api, List<HttpResponse<String>> seen) {
        this.api = api;
        this.seen = seen;
    }

    void drive() {
        TestApi viewer = member("upload.viewer@example.com", Role.VIEWER);
        TestApi analyst = member("upload.analyst@example.com", Role.ANALYST);
        uploads(viewer);
        String path = "/api/tenants/acme/uploads/" + upload + "/";
        seen.add(api.get(path));
        seen.add(api.get("/api/tenants/a%00b/uploads/" + upload + "/"));
        seen.add(api.anonymous().get(path));
        seen.add(api.get("/api/tenants/acme/uploads/not-an-upload/"));

        seen.add(api.put(path + "mapping/", "{\"date_order\": \"sideways\"}"));
        seen.add(api.anonymous().put(path + "mapping/", "{}"));
        seen.add(viewer.put(path + "mapping/", "{}"));
        seen.add(api.put("/api/tenants/acme/uploads/not-an-upload/mapping/", "{}"));
        seen.add(api.put(path + "mapping/", BIG));
        seen.add(api.send(api.request(path + "mapping/").header("Content-Type", "text/plain").PUT(BodyPublishers.ofString("{}"))));
        seen.add(api.post(path + "commit/", ""));
        seen.add(api.put(path + "mapping/", "{}"));
        seen.add(viewer.post(path + "commit/", ""));
        seen.add(api.anonymous().post(path + "commit/", ""));
        seen.add(api.post("/api/tenants/a%00b/uploads/" + upload + "/commit/", ""));
        seen.add(api.post("/api/tenants/acme/uploads/not-an-upload/commit/", ""));
        seen.add(api.post(path + "commit/", ""));
        seen.add(api.put(path + "mapping/", "{}"));
        seen.add(api.delete(path));

        lost(viewer);
        settings(analyst);
        facts();
    }

    private void uploads(TestApi viewer) {
        String uploads = "/api/tenants/acme/uploads/csv/";
        HttpResponse<String> created = api.upload(uploads + "?file_name=export.csv", "text/csv", bytes(CSV));
        upload = TestApi.json(created).path("id").asText();
        seen.add(created);
        seen.add(api.uploadForm(uploads, "attachment", "export.csv", bytes(CSV)));
        seen.add(api.anonymous().upload(uploads, "text/csv", bytes(CSV)));
        seen.add(viewer.upload(uploads, "text/csv", bytes(CSV)));
        seen.add(api.upload("/api/tenants/nobody/uploads/csv/", "text/csv", bytes(CSV)));
        seen.add(api.upload(uploads, "text/csv", new byte[(int) TestApi.MAX_UPLOAD_BYTES + 1]));
        seen.add(api.upload(uploads, "application/json", bytes(CSV)));
        seen.add(api.upload(uploads, "text/csv", new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x08, 0}));

        seen.add(viewer.get(uploads));
        seen.add(api.get(uploads + "?limit=0"));
        seen.add(api.anonymous().get(uploads));
        seen.add(api.get("/api/tenants/nobody/uploads/csv/"));
    }

    /** An upload whose file is gone: 410 until it is deleted, and the other outcomes of a delete. */
    private void lost(TestApi viewer) {
        HttpResponse<String> created = api.upload("/api/tenants/acme/uploads/csv/?file_name=lost.csv", "text/csv",
                bytes(CSV.replace("Brand", "Lost")));
        String lost = TestApi.json(created).path("id").asText();
        String path = "/api/tenants/acme/uploads/" + lost + "/";
        seen.add(api.put(path + "mapping/", "{}"));
        api.uploads.delete(api.core.tenantDirectory().bySlug("acme").get().id(), UploadId.parse(lost).get());

        seen.add(api.put(path + "mapping/", "{}"));
        seen.add(api.post(path + "commit/", ""));
        seen.add(viewer.delete(path));
        seen.add(api.anonymous().delete(path));
        seen.add(api.delete("/api/tenants/a%00b/uploads/" + lost + "/"));
        seen.add(api.delete("/api/tenants/acme/uploads/not-an-upload/"));
        seen.add(api.delete(path));
        seen.add(api.delete(path));
    }

    private void settings(TestApi analyst) {
        String values = "{\"values\": [\"offsite_conversion.fb_pixel_purchase\"]}";
        seen.add(api.get("/api/tenants/acme/settings/conversions/"));
        seen.add(api.get("/api/tenants/a%00b/settings/conversions/"));
        seen.add(api.anonymous().get("/api/tenants/acme/settings/conversions/"));
        seen.add(api.get("/api/tenants/nobody/settings/conversions/"));

        seen.add(api.put(SETTING, values));
        seen.add(api.put(SETTING, "{\"values\": []}"));
        seen.add(api.anonymous().put(SETTING, values));
        seen.add(analyst.put(SETTING, values));
        seen.add(api.put("/api/tenants/acme/settings/conversions/no.such_setting/", values));
        seen.add(api.put(SETTING, BIG));
        seen.add(api.send(api.request(SETTING).header("Content-Type", "text/plain").PUT(BodyPublishers.ofString(values))));

        seen.add(api.delete(SETTING));
        seen.add(api.delete(SETTING.replace("acme", "a%00b")));
        seen.add(api.anonymous().delete(SETTING));
        seen.add(analyst.delete(SETTING));
        seen.add(api.delete("/api/tenants/acme/settings/conversions/no.such_setting/"));
    }

    private void facts() {
        seen.add(api.get(FACTS + "?start=2026-11-01&end=2026-11-30"));
        seen.add(api.get(FACTS + "?start=2026-11-01"));
        seen.add(api.anonymous().get(FACTS + "?start=2026-11-01&end=2026-11-30"));
        seen.add(api.get("/api/tenants/nobody/facts/ad-performance/?start=2026-11-01&end=2026-11-30"));
    }

    /** Every route once more, with every store broken (StatusDrive breaks them). */
    void failing() {
        String path = "/api/tenants/acme/uploads/" + upload + "/";
        seen.add(api.upload("/api/tenants/acme/uploads/csv/", "text/csv", bytes(CSV)));
        seen.add(api.get("/api/tenants/acme/uploads/csv/"));
        seen.add(api.get(path));
        seen.add(api.put(path + "mapping/", "{}"));
        seen.add(api.post(path + "commit/", ""));
        seen.add(api.delete(path));
        seen.add(api.get("/api/tenants/acme/settings/conversions/"));
        seen.add(api.put(SETTING, "{\"values\": [\"lead\"]}"));
        seen.add(api.delete(SETTING));
        seen.add(api.get(FACTS + "?start=2026-11-01&end=2026-11-30"));
    }

    private TestApi member(String email, Role role) {
        TestApi.Session session = api.signUp(email);
        api.addMember("acme", session, role);
        return api.as(session);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
