package net.adtelligent.adapters.http;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.memory.InMemoryWebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveries;

/**
 * Airbyte's webhook into every outcome it has, for {@link StatusDrive}: on servers of its own, as
 * the outcome "not configured" needs a core without a webhook secret.
 */
final class WebhookStatusDrive {

    private static final String SECRET = "fake-webhook-secret-for-status-drive";
    private static final String CONNECTION = "64d901a1-2520-4d91-93c8-9df438668ff0";

    private final List<HttpResponse<String>> seen;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    WebhookStatusDrive(List<HttpResponse<String>> seen) {
        this.seen = seen;
    }

    void drive() {
        WebhookDeliveries memory = new InMemoryWebhookDeliveries();
        WebhookDeliveries switchable = (job, outcome, at) -> {
            if (failure.get() != null) {
                throw failure.get();
            }
            return memory.recordFirst(job, outcome, at);
        };
        try (TestApi api = TestApi.withCore(core -> core.webhook(WebhookSettings.secrets(List.of(SECRET)), switchable))) {
            long job = 1;
            for (boolean inPath : List.of(true, false)) {
                seen.add(deliver(api, inPath, SECRET, body(job++)));
                seen.add(deliver(api, inPath, SECRET, "{\"data\": {}}"));
                seen.add(deliver(api, inPath, SECRET + "-wrong", body(job++)));
                seen.add(deliver(api, inPath, SECRET, "{\"data\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}"));
                seen.add(deliver(api, inPath, SECRET, body(job++), "text/plain"));
                failure.set(new IllegalStateException("a defect"));
                seen.add(deliver(api, inPath, SECRET, body(job++)));
                failure.set(new FailingStores.DatabaseDown("down"));
                seen.add(deliver(api, inPath, SECRET, body(job++)));
                failure.set(null);
            }
        }
        try (TestApi off = TestApi.start()) {
            seen.add(deliver(off, true, SECRET, body(1)));
            seen.add(deliver(off, false, SECRET, body(1)));
        }
    }

    private static HttpResponse<String> deliver(TestApi api, boolean inPath, String secret, String body) {
        return deliver(api, inPath, secret, body, "application/json");
    }

    private static HttpResponse<String> deliver(TestApi api, boolean inPath, String secret, String body, String mediaType) {
        TestApi anonymous = api.anonymous();
        HttpRequest.Builder request = inPath
                ? anonymous.request("/api/airbyte/webhook/" + secret + "/")
                : anonymous.request("/api/airbyte/webhook/").header("X-Webhook-Secret", secret);
        return anonymous.send(request.header("Content-Type", mediaType).POST(BodyPublishers.ofString(body)));
    }

    private static String body(long job) {
        return "{\"text\": \"sync succeeded\", \"data\": {\"connection\": {\"id\": \"" + CONNECTION + "\"}, \"jobId\": " + job
                + ", \"success\": true}}";
    }
}
