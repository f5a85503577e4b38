package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import net.adtelligent.domain.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every tenant-scoped route, found in the OpenAPI document (so a new one is walked without anyone
 * adding it here), called by the owner of tenant B against tenant A: never 2xx, never a byte of
 * A's data, and the same answer as for a tenant that does not exist. The owner of A walks the same
 * requests as a control: they succeed, so the refusals are the access check, not a broken request.
 */
class TenantIsolationTest {

    private final TestApi api = TestApi.start();
    private final TestApi ownerOfB = api.as(api.signUp("owner.b@example.com"));
    private final TestApi.Session memberOfA = api.signUp("member.a@example.com");
    private final String tenantA;
    private final OpenApi document = new OpenApi(OpenApiDocument.read());

    TenantIsolationTest() {
        tenantA = TestApi.json(api.post("/api/tenants/", """
                {"slug": "tenant-a", "display_name": "Secret Agency A", "reporting_currency": "EUR",
                 "reporting_time_zone": "Europe/Berlin"}""")).path("id").asText();
        api.addMember("tenant-a", memberOfA, Role.ANALYST);
        ownerOfB.register("tenant-b");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** DELETE last, so the control walk removes the member only after every other route used them. */
    private List<String> tenantScoped() {
        return document.operations().keySet().stream()
                .filter(operation -> operation.contains("{slug}"))
                .sorted(Comparator.comparing((String operation) -> operation.startsWith("DELETE ")))
                .toList();
    }

    private HttpResponse<String> call(TestApi as, String operation, String slug) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{slug}", slug).replace("{user_id}", memberOfA.id());
        assertThat(path).as("a path parameter this walk cannot fill: " + operation).doesNotContain("{");
        HttpRequest.BodyPublisher body = document.exampleBody(operation)
                .map(example -> BodyPublishers.ofString(example.toString())).orElse(BodyPublishers.noBody());
        return as.send(as.request(path).header("Content-Type", "application/json").method(method, body));
    }

    @Test
    void everyTenantScopedRoute_givenOwnerOfAnotherTenant_answers404WithNoneOfItsData() {
        List<String> operations = tenantScoped();
        assertThat(operations).contains("PATCH /api/tenants/{slug}/", "GET /api/tenants/{slug}/audit/",
                "DELETE /api/tenants/{slug}/members/{user_id}/", "POST /api/tenants/{slug}/invitations/");

        for (String operation : operations) {
            HttpResponse<String> response = call(ownerOfB, operation, "tenant-a");
            HttpResponse<String> unknown = call(ownerOfB, operation, "no-such-tenant");

            assertThat(response.statusCode()).as(operation).isIn(403, 404);
            assertThat(response.body()).as(operation)
                    .doesNotContain(tenantA, "Secret Agency A", "ada@example.com", memberOfA.email(), api.me.id());
            assertThat(response.body()).as(operation + ": as for a tenant that does not exist")
                    .isEqualTo(unknown.body().replace("no-such-tenant", "tenant-a"));
        }
        assertThat(TestApi.json(api.get("/api/tenants/tenant-a/")).path("display_name").asText()).isEqualTo("Secret Agency A");
        assertThat(api.inbox.mailsTo("grace@example.com")).as("no invitation went out in A's name").isZero();
    }

    @Test
    void everyTenantScopedRoute_givenItsOwner_succeeds() {
        for (String operation : tenantScoped()) {
            assertThat(call(api, operation, "tenant-a").statusCode()).as(operation).isBetween(200, 299);
        }
    }

    @Test
    void everySecuredRoute_givenNoToken_answers401() {
        document.operations().keySet().stream()
                .filter(operation -> !document.openOperations().contains(operation))
                .forEach(operation -> assertThat(call(api.anonymous(), operation, "tenant-a").statusCode())
                        .as(operation).isEqualTo(401));
    }
}
