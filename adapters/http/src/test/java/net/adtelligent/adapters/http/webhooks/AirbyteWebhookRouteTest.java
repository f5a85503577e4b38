package net.adtelligent.adapters.http.webhooks;

import static net.adtelligent.adapters.http.webhooks.Deliveries.CONNECTION;
import static net.adtelligent.adapters.http.webhooks.Deliveries.NEW_SECRET;
import static net.adtelligent.adapters.http.webhooks.Deliveries.OLD_SECRET;
import static net.adtelligent.adapters.http.webhooks.Deliveries.OTHER_CONNECTION;
import static net.adtelligent.adapters.http.webhooks.Deliveries.notification;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.memory.InMemoryWebhookDeliveries;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.testing.RecordingSyncSignals;
import net.adtelligent.testing.RecordingSyncSignals.Reported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Airbyte's webhook over a real server: secrets in the path and a header, rotation, repeats, malformed bodies. */
class AirbyteWebhookRouteTest {

    private final RecordingSyncSignals signals = new RecordingSyncSignals(CONNECTION);
    private final ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
    private final Telemetry telemetry = new Telemetry() {
        @Override
        public void webhookDelivery(String outcome) {
            outcomes.add(outcome);
        }
    };
    private TestApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private TestApi serve(WebhookSettings settings) {
        api = TestApi.withCore(core -> core.webhook(settings, new InMemoryWebhookDeliveries()).syncSignals(signals)
                .telemetry(telemetry));
        return api;
    }

    private HttpResponse<String> deliver(String path, String body) {
        TestApi anonymous = api.anonymous();
        return anonymous.send(anonymous.request(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> deliverWithHeader(String secret, String body) {
        TestApi anonymous = api.anonymous();
        return anonymous.send(anonymous.request(AirbyteWebhookHandler.PATH).header("Content-Type", "application/json")
                .header(AirbyteWebhookHandler.SECRET_HEADER, secret).POST(BodyPublishers.ofString(body)));
    }

    private static final java.util.Set<String> RECORDED = java.util.Set.of("signalled", "repeated", "unknown_connection");

    /** Waits until {@code count} deliveries are recorded (signalled, repeats or unknown connections). */
    private void settled(int count) {
        Settled.await(count + " deliveries recorded", () -> outcomes.stream().filter(RECORDED::contains).count() >= count);
    }

    private static String inPath(String secret) {
        return AirbyteWebhookHandler.PATH + secret + "/";
    }

    @Test
    void delivery_givenTheSecretInThePath_isAcceptedAndSignalsTheJob() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        HttpResponse<String> answer = deliver(inPath(NEW_SECRET), notification(CONNECTION, 9988, true));

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(TestApi.json(answer).path("detail").asText()).contains("received");
        settled(1);
        assertThat(signals.reported()).containsExactly(new Reported(CONNECTION, 9988));
        assertThat(outcomes).containsExactly("signalled");
    }

    @Test
    void delivery_givenTheSecretInAHeader_isAccepted() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        assertThat(deliverWithHeader(NEW_SECRET, notification(CONNECTION, 1, false)).statusCode()).isEqualTo(202);
        settled(1);
        assertThat(signals.reported()).containsExactly(new Reported(CONNECTION, 1));
    }

    @Test
    void delivery_givenAWrongOrMissingSecret_is401AndRecordsNothing() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));
        String body = notification(CONNECTION, 77, true);

        HttpResponse<String> wrongInPath = deliver(inPath(NEW_SECRET.replace('b', 'c')), body);
        HttpResponse<String> wrongInHeader = deliverWithHeader(NEW_SECRET + "x", body);
        HttpResponse<String> missing = deliver(AirbyteWebhookHandler.PATH, body);

        for (HttpResponse<String> answer : List.of(wrongInPath, wrongInHeader, missing)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(TestApi.contentType(answer)).startsWith("application/problem+json");
            assertThat(TestApi.json(answer).path("type").asText()).endsWith("/invalid-webhook-credentials");
        }
        assertThat(signals.reported()).isEmpty();
        assertThat(outcomes).containsOnly("not_authentic");
        // Nothing was recorded: the first authentic delivery of the job is still the first.
        assertThat(deliver(inPath(NEW_SECRET), body).statusCode()).isEqualTo(202);
        settled(1);
        assertThat(outcomes).contains("signalled");
        assertThat(signals.reported()).containsExactly(new Reported(CONNECTION, 77));
    }

    @Test
    void delivery_givenAMalformedBodyAndAWrongSecret_is401NotTheReason() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        assertThat(deliver(inPath(OLD_SECRET), "not json").statusCode()).isEqualTo(401);
    }

    @Test
    void rotation_acceptsBothSecretsWhileBothAreSet_andRefusesTheOldOneOnceRemoved() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET, OLD_SECRET)));
        assertThat(deliver(inPath(OLD_SECRET), notification(CONNECTION, 10, true)).statusCode()).isEqualTo(202);
        assertThat(deliver(inPath(NEW_SECRET), notification(CONNECTION, 11, true)).statusCode()).isEqualTo(202);
        settled(2);
        api.close();

        settled(2);
        outcomes.clear();
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));
        assertThat(deliver(inPath(OLD_SECRET), notification(CONNECTION, 12, true)).statusCode()).isEqualTo(401);
        assertThat(deliver(inPath(NEW_SECRET), notification(CONNECTION, 13, true)).statusCode()).isEqualTo(202);
        settled(1);
        assertThat(signals.reported()).extracting(Reported::airbyteJobId).containsExactly(10L, 11L, 13L);
    }

    @Test
    void delivery_givenNoSecretConfigured_is404AsAPathNothingServes() {
        serve(WebhookSettings.OFF);

        HttpResponse<String> withPath = deliver(inPath(NEW_SECRET), notification(CONNECTION, 5, true));
        HttpResponse<String> withHeader = deliverWithHeader(NEW_SECRET, notification(CONNECTION, 5, true));
        HttpResponse<String> nothing = deliver("/api/nothing/here/", "{}");

        assertThat(withPath.statusCode()).isEqualTo(404);
        assertThat(withHeader.statusCode()).isEqualTo(404);
        assertThat(TestApi.json(withPath).path("type")).isEqualTo(TestApi.json(nothing).path("type"));
        assertThat(signals.reported()).isEmpty();
    }

    @Test
    void delivery_givenTheSameJobTwice_isAcceptedTwiceAndSignalledOnce() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));
        String body = notification(CONNECTION, 4242, true);

        assertThat(deliver(inPath(NEW_SECRET), body).statusCode()).isEqualTo(202);
        assertThat(deliverWithHeader(NEW_SECRET, body).statusCode()).isEqualTo(202);
        settled(2);

        assertThat(signals.reported()).containsExactly(new Reported(CONNECTION, 4242));
        assertThat(outcomes).containsExactlyInAnyOrder("signalled", "repeated");
    }

    /**
     * The notification's claim (success or failure) never reaches the core as a fact: each new
     * delivery only asks for the job to be read from Airbyte, so a failure after the success of the
     * same job, or an old job after a newer one, changes nothing Airbyte's own record does not say.
     */
    @Test
    void delivery_givenReorderedDeliveries_onlyAsksForEachJobToBeReadAgain() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        deliver(inPath(NEW_SECRET), notification(CONNECTION, 501, true));
        deliver(inPath(NEW_SECRET), notification(CONNECTION, 501, false));
        deliver(inPath(NEW_SECRET), notification(CONNECTION, 501, true));
        deliver(inPath(NEW_SECRET), notification(CONNECTION, 500, false));
        settled(4);

        assertThat(signals.reported()).containsExactly(new Reported(CONNECTION, 501), new Reported(CONNECTION, 501),
                new Reported(CONNECTION, 500));
        assertThat(outcomes).containsExactlyInAnyOrder("signalled", "signalled", "repeated", "signalled");
    }

    @Test
    void delivery_givenAnUnknownConnection_is202AndCountedAsSuch() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        HttpResponse<String> answer = deliver(inPath(NEW_SECRET), notification(OTHER_CONNECTION, 8, false));

        assertThat(answer.statusCode()).isEqualTo(202);
        settled(1);
        assertThat(outcomes).containsExactly("unknown_connection");
        // Airbyte retries what is not 2xx: the same delivery again is acknowledged and passed on no more.
        assertThat(deliver(inPath(NEW_SECRET), notification(OTHER_CONNECTION, 8, false)).statusCode()).isEqualTo(202);
        settled(2);
        assertThat(signals.reported()).containsExactly(new Reported(OTHER_CONNECTION, 8));
    }

    @Test
    void delivery_givenABodyThatIsNotJson_is400NamingTheBody() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        HttpResponse<String> answer = deliver(inPath(NEW_SECRET), "{\"data\": ");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(TestApi.contentType(answer)).startsWith("application/problem+json");
        assertThat(TestApi.json(answer).path("errors").get(0).path("field").asText()).isEqualTo("body");
        assertThat(signals.reported()).isEmpty();
        assertThat(outcomes).containsExactly("malformed");
    }

    @Test
    void delivery_givenNoJobId_is400NamingIt() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        HttpResponse<String> answer = deliver(inPath(NEW_SECRET),
                notification(CONNECTION, 1, true).replace("\"jobId\": 1,", ""));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("data.jobId", "is required");
        assertThat(signals.reported()).isEmpty();
    }

    @Test
    void delivery_givenWrongTypes_is400NamingEachField() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));

        HttpResponse<String> answer = deliver(inPath(NEW_SECRET),
                "{\"data\": {\"connection\": {\"id\": 5}, \"jobId\": \"9988\", \"success\": \"yes\"}}");
        HttpResponse<String> noData = deliver(inPath(NEW_SECRET), "{\"text\": \"hello\", \"data\": []}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(TestApi.json(answer).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("data.connection.id", "data.jobId", "data.success");
        assertThat(noData.statusCode()).isEqualTo(400);
        assertThat(noData.body()).contains("\"data\"", "must be an object");
        assertThat(signals.reported()).isEmpty();
    }

    @Test
    void delivery_givenABodyOverTheLimit_is413() {
        serve(WebhookSettings.secrets(List.of(NEW_SECRET)));
        String big = notification(CONNECTION, 3, true).replace("Workspace1", "w".repeat((int) TestApi.MAX_BODY_BYTES));

        assertThat(deliver(inPath(NEW_SECRET), big).statusCode()).isEqualTo(413);
        assertThat(signals.reported()).isEmpty();
    }
}
