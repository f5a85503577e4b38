package net.adtelligent.adapters.http.webhooks;

import static net.adtelligent.adapters.http.webhooks.Deliveries.CONNECTION;
import static net.adtelligent.adapters.http.webhooks.Deliveries.NEW_SECRET;
import static net.adtelligent.adapters.http.webhooks.Deliveries.SIGNING_SECRET;
import static net.adtelligent.adapters.http.webhooks.Deliveries.notification;
import static net.adtelligent.adapters.http.webhooks.Deliveries.signature;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.memory.InMemoryWebhookDeliveries;
import net.adtelligent.testing.RecordingSyncSignals;
import net.adtelligent.testing.RecordingSyncSignals.Reported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures from a signing relay in front: valid, wrong, stale, required. */
class AirbyteWebhookSignatureTest {

    private static final String ID = "msg_2Kx1";

    private final RecordingSyncSignals signals = new RecordingSyncSignals(CONNECTION);
    private TestApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    private void serve(boolean required) {
        WebhookSettings settings = new WebhookSettings(List.of(NEW_SECRET), List.of(SIGNING_SECRET), required,
                WebhookSettings.DEFAULT_TOLERANCE);
        api = TestApi.withCore(core -> core.webhook(settings, new InMemoryWebhookDeliveries()).syncSignals(signals));
    }

    private HttpResponse<String> deliver(HttpRequest.Builder request, String body) {
        return api.anonymous().send(request.header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder signed(String path, String timestamp, String signature) {
        return api.anonymous().request(path).header("webhook-id", ID).header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature);
    }

    private String now() {
        return String.valueOf(api.clock.instant().getEpochSecond());
    }

    @Test
    void signedDelivery_givenAValidSignatureAndNoSecret_isAccepted() {
        serve(false);
        String body = notification(CONNECTION, 31, true);
        // As relays send during their own rotation: an unknown signature beside the valid one.
        String header = "v1,bm90IHRoZSByaWdodCBvbmU= " + signature(SIGNING_SECRET, ID, now(), body);

        HttpResponse<String> answer = deliver(signed(AirbyteWebhookHandler.PATH, now(), header), body);

        assertThat(answer.statusCode()).isEqualTo(202);
        Settled.await("the job signalled", () -> !signals.reported().isEmpty());
        assertThat(signals.reported()).containsExactly(new Reported(CONNECTION, 31));
    }

    @Test
    void signedDelivery_givenAWrongSignature_is401EvenWithTheSecret() {
        serve(false);
        String body = notification(CONNECTION, 32, true);
        String forOtherBody = signature(SIGNING_SECRET, ID, now(), body.replace("32", "33"));

        HttpResponse<String> answer = deliver(signed(AirbyteWebhookHandler.PATH + NEW_SECRET + "/", now(), forOtherBody),
                body);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(signals.reported()).isEmpty();
    }

    @Test
    void signedDelivery_givenAStaleOrFutureTimestamp_is401() {
        serve(false);
        String body = notification(CONNECTION, 34, true);
        String stale = String.valueOf(api.clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());
        String future = String.valueOf(api.clock.instant().plus(Duration.ofMinutes(6)).getEpochSecond());

        assertThat(deliver(signed(AirbyteWebhookHandler.PATH, stale, signature(SIGNING_SECRET, ID, stale, body)), body)
                .statusCode()).isEqualTo(401);
        assertThat(deliver(signed(AirbyteWebhookHandler.PATH, future, signature(SIGNING_SECRET, ID, future, body)), body)
                .statusCode()).isEqualTo(401);
        assertThat(signals.reported()).isEmpty();
    }

    @Test
    void delivery_givenASignatureRequiredAndOnlyTheSecret_is401() {
        serve(true);
        String body = notification(CONNECTION, 35, true);

        assertThat(deliver(api.anonymous().request(AirbyteWebhookHandler.PATH + NEW_SECRET + "/"), body).statusCode())
                .isEqualTo(401);
        assertThat(deliver(signed(AirbyteWebhookHandler.PATH, now(), signature(SIGNING_SECRET, ID, now(), body)), body)
                .statusCode()).isEqualTo(202);
        Settled.await("the job signalled", () -> !signals.reported().isEmpty());
        assertThat(signals.reported()).containsExactly(new Reported(CONNECTION, 35));
    }
}
