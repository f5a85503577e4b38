package net.adtelligent.adapters.http.uploads;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.contracts.csv.CommonsCsvFiles;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.out.Ingestion;
import org.junit.jupiter.api.Test;

/** Deleting uploads, a file gone missing (410), and the tenant's quota (413), as problem+json. */
class UploadDeleteRouteTest {

    private static final String CSV = "Day,Campaign,Cost (EUR)\r\n2026-11-03,Brand Search,12.30\r\n";
    private static final String PROBLEMS = "https://adtelligent.net/problems/";

    @Test
    void delete_givenAnUploadNotCommitted_answers204AndForgetsIt() {
        try (TestApi api = TestApi.start()) {
            api.register("acme");
            String id = UploadRouteTest.upload(api, CSV);

            HttpResponse<String> deleted = api.delete("/api/tenants/acme/uploads/" + id + "/");

            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();
            assertThat(api.get("/api/tenants/acme/uploads/" + id + "/").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void delete_givenAViewer_answers403_givenAnAnalyst_deletes() {
        try (TestApi api = TestApi.start()) {
            api.register("acme");
            TestApi viewer = api.as(api.signUp("viewer@example.com"));
            api.addMember("acme", viewer.me, Role.VIEWER);
            TestApi analyst = api.as(api.signUp("analyst@example.com"));
            api.addMember("acme", analyst.me, Role.ANALYST);
            String id = UploadRouteTest.upload(api, CSV);

            assertThat(viewer.delete("/api/tenants/acme/uploads/" + id + "/").statusCode()).isEqualTo(403);
            assertThat(analyst.delete("/api/tenants/acme/uploads/" + id + "/").statusCode()).isEqualTo(204);
        }
    }

    @Test
    void delete_givenACommittedUpload_answers409AndKeepsIt() {
        try (TestApi api = TestApi.start()) {
            api.register("acme");
            String id = UploadRouteTest.upload(api, CSV);
            api.put("/api/tenants/acme/uploads/" + id + "/mapping/", "{}");
            assertThat(api.post("/api/tenants/acme/uploads/" + id + "/commit/", "").statusCode()).isEqualTo(200);

            HttpResponse<String> refused = api.delete("/api/tenants/acme/uploads/" + id + "/");

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json(refused).path("type").asText()).isEqualTo(PROBLEMS + "upload-conflict");
            assertThat(json(api.get("/api/tenants/acme/uploads/" + id + "/")).path("status").asText()).isEqualTo("committed");
        }
    }

    @Test
    void mapAndCommit_givenTheFileMissing_answer410ProblemThatNamesTheWayOut() {
        try (TestApi api = TestApi.start()) {
            api.register("acme");
            String id = UploadRouteTest.upload(api, CSV);
            api.put("/api/tenants/acme/uploads/" + id + "/mapping/", "{}");
            api.uploads.delete(api.core.tenantDirectory().bySlug("acme").get().id(), UploadId.parse(id).get());

            HttpResponse<String> mapping = api.put("/api/tenants/acme/uploads/" + id + "/mapping/", "{}");
            HttpResponse<String> commit = api.post("/api/tenants/acme/uploads/" + id + "/commit/", "");

            for (HttpResponse<String> gone : List.of(mapping, commit)) {
                assertThat(gone.statusCode()).as(gone.body()).isEqualTo(410);
                assertThat(TestApi.header(gone, "Content-Type")).startsWith("application/problem+json");
                assertThat(json(gone).path("type").asText()).isEqualTo(PROBLEMS + "upload-file-missing");
                assertThat(json(gone).path("detail").asText()).contains(id, "delete the upload");
            }
            assertThat(api.delete("/api/tenants/acme/uploads/" + id + "/").statusCode()).isEqualTo(204);
        }
    }

    @Test
    void upload_givenTheTenantsQuotaFull_answers413NamingTheQuotaAndKeepsNothing() {
        long quota = CSV.getBytes(StandardCharsets.UTF_8).length + 10L;
        try (TestApi api = TestApi.withCore(core -> core.ingestion(new Ingestion(new CommonsCsvFiles(), List::of,
                new InMemoryUploadStorage(), TestApi.MAX_UPLOAD_BYTES, quota, Duration.ofDays(7))))) {
            api.register("acme");
            UploadRouteTest.upload(api, CSV);

            HttpResponse<String> refused = api.upload("/api/tenants/acme/uploads/csv/?file_name=more.csv", "text/csv",
                    CSV.getBytes(StandardCharsets.UTF_8));

            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(json(refused).path("type").asText()).isEqualTo(PROBLEMS + "upload-quota-exceeded");
            assertThat(json(refused).path("detail").asText()).contains(Long.toString(quota));
            assertThat(json(api.get("/api/tenants/acme/uploads/csv/")).path("items")).hasSize(1);
        }
    }
}
