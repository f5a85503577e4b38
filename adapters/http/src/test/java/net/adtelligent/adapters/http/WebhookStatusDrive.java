package net.adtelligent.adapters.http;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.memory.InMemoryWebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveries;

/**
 * Airbyte's webhook into every outcome it has, for {@link StatusDrive}: on servers of its own, as
 * "not configured" needs a core without a webhook secret and "backlogged" (503) one whose record
 * is stuck while a backlog of one fills.
 */
final class WebhookStatusDrive {

    private static final String SECRET = "fake-webhook-secret-for-status-drive";
    private static final String CONNECTION = "64d901a1-2520-4d91-93c8-9df438668ff0";

    private final List<HttpResponse<String>> seen;

    WebhookStatusDrive(List<HttpResponse<String>> seen) {
        this.seen = seen;
    }

    void drive() {
        CountDownLatch stuck = new CountDownLatch(1);
        WebhookDeliveries memory = new InMemoryWebhookDeliveries();
        java.util.concurrent.atomic.AtomicBoolean stick = new java.util.concurrent.atomic.AtomicBoolean();
        WebhookDeliveries slow = new WebhookDeliveries() {
            @Override
            public java.util.Set<Delivered> recordNew(java.util.Collection<Delivered> delivered, java.time.Instant at) {
                try {
                    if (stick.get()) {
                        stuck.await();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return memory.recordNew(delivered, at);
            }

            @Override
            public int forgetReceivedBefore(java.time.Instant before, int limit) {
                return memory.forgetReceivedBefore(before, limit);
            }
        };
        WebhookSettings oneWaiting = WebhookSettings.secrets(List.of(SECRET)).withBacklog(1);
        try (TestApi api = TestApi.withCore(core -> core.webhook(oneWaiting, slow))) {
            long job = 1;
            for (boolean inPath : List.of(true, false)) {
                seen.add(deliver(api, inPath, SECRET, body(job++)));
                seen.add(deliver(api, inPath, SECRET, "{\"data\": {}}"));
                seen.add(deliver(api, inPath, SECRET + "-wrong", body(job++)));
                seen.add(deliver(api, inPath, SECRET, "{\"data\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}"));
                seen.add(deliver(api, inPath, SECRET, body(job++), "text/plain"));
            }
            stick.set(true);
            for (boolean inPath : List.of(true, false)) {
                // The record is stuck: one delivery is in its hands, one waits, the next finds the backlog full.
                HttpResponse<String> answer;
                do {
                    answer = deliver(api, inPath, SECRET, body(job++));
                    seen.add(answer);
                } while (answer.statusCode() == 202 && job < 20);
            }
            stuck.countDown();
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
