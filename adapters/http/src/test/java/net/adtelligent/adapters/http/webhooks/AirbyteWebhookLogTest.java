package net.adtelligent.adapters.http.webhooks;

import static net.adtelligent.adapters.http.webhooks.Deliveries.CONNECTION;
import static net.adtelligent.adapters.http.webhooks.Deliveries.NEW_SECRET;
import static net.adtelligent.adapters.http.webhooks.Deliveries.OTHER_CONNECTION;
import static net.adtelligent.adapters.http.webhooks.Deliveries.notification;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.memory.InMemoryWebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.testing.RecordingSyncSignals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A secret in the path stays out of this service's logs, whatever the answer; payloads are never logged. */
class AirbyteWebhookLogTest {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    // The access log and the use cases log apart from the root (logback-test.xml): all three are watched.
    private final List<Logger> loggers = List.of("net.adtelligent.adapters.http.AccessLog", "net.adtelligent.application",
            org.slf4j.Logger.ROOT_LOGGER_NAME).stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
    private TestApi api;

    @BeforeEach
    void capture() {
        lines.start();
        loggers.forEach(logger -> logger.addAppender(lines));
    }

    @AfterEach
    void release() {
        loggers.forEach(logger -> logger.detachAppender(lines));
        if (api != null) {
            api.close();
        }
    }

    private void deliver(String path, String body) {
        TestApi anonymous = api.anonymous();
        anonymous.send(anonymous.request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
    }

    @Test
    void deliveries_givenASecretInThePath_neverLogItNorThePayload() {
        api = TestApi.withCore(core -> core.webhook(WebhookSettings.secrets(List.of(NEW_SECRET)),
                new InMemoryWebhookDeliveries()).syncSignals(new RecordingSyncSignals(CONNECTION)));
        String wrong = NEW_SECRET.replace("new", "bad");

        deliver(AirbyteWebhookHandler.PATH + NEW_SECRET + "/", notification(CONNECTION, 1, true));
        deliver(AirbyteWebhookHandler.PATH + NEW_SECRET + "/", notification(OTHER_CONNECTION, 2, false));
        deliver(AirbyteWebhookHandler.PATH + wrong + "/", notification(CONNECTION, 3, true));
        deliver(AirbyteWebhookHandler.PATH + NEW_SECRET + "/", "{broken");
        Settled.await("the unknown connection logged", () -> messages().stream().anyMatch(line -> line.contains("job 2")));

        List<String> logged = messages();
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("job 2", OTHER_CONNECTION));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("/api/airbyte/webhook/{secret}/ status=401"));
        assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain(NEW_SECRET, wrong, "Token expired",
                "Meta Ads", "Workspace1"));
    }

    @Test
    void delivery_givenTheRecordFailing_logsACountNeitherSecretNorPayload() {
        WebhookDeliveries broken = new WebhookDeliveries() {
            @Override
            public java.util.Set<Delivered> recordNew(java.util.Collection<Delivered> delivered, java.time.Instant at) {
                throw new IllegalStateException("the record broke");
            }

            @Override
            public int forgetReceivedBefore(java.time.Instant before, int limit) {
                throw new IllegalStateException("the record broke");
            }
        };
        api = TestApi.withCore(core -> core.webhook(WebhookSettings.secrets(List.of(NEW_SECRET)), broken));

        deliver(AirbyteWebhookHandler.PATH + NEW_SECRET + "/", notification(CONNECTION, 4, false));
        Settled.await("the failure logged", () -> messages().stream().anyMatch(line -> line.contains("not recorded")));

        assertThat(messages()).allSatisfy(line -> assertThat(line).doesNotContain(NEW_SECRET, "Token expired", "Meta Ads"));
    }

    private List<String> messages() {
        synchronized (lines) {
            return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
