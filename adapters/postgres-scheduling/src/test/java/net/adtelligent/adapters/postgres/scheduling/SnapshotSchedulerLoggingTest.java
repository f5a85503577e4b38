package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.FAST;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.domain.tenant.TenantId;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Reads the JSON lines the service would write (logstash encoder, as bootstrap uses) and checks their MDC. */
class SnapshotSchedulerLoggingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger useCase = context.getLogger(RecordingSnapshots.class);
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

    @BeforeEach
    void writeJsonLines() {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        root.addAppender(appender);
        useCase.setLevel(Level.INFO); // the use case's info lines; the test config passes only warnings
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(appender);
        appender.stop();
        useCase.setLevel(null);
    }

    @Test
    void scheduledRun_givenFirstAttemptFails_everyLineOfTheRunNamesTaskAttemptAndTenant() {
        TenantId tenant = TenantId.random();
        RecordingSnapshots snapshots = new RecordingSnapshots("one", new ConcurrentLinkedQueue<>(), List.of(),
                Duration.ZERO, 1);
        try (SchedulerFixture instance = new SchedulerFixture(EmbeddedPostgresFixture.migratedDatabase(), FAST)) {
            instance.scheduler.start(snapshots);
            instance.scheduler.request(tenant);
            eventually(Duration.ofSeconds(10), () -> assertThat(snapshots.runsOf(tenant)).hasSize(2));
        }

        List<JsonNode> lines = written.toString(StandardCharsets.UTF_8).lines().map(SnapshotSchedulerLoggingTest::parse)
                .filter(line -> tenant.toString().equals(line.path("tenant_id").asText()))
                .toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.path("task").asText()).isEqualTo("snapshot"));
        assertThat(lines).filteredOn(line -> line.path("message").asText().equals("generating snapshot"))
                .extracting(line -> line.path("attempt").asText()).containsExactly("1", "2");
        assertThat(lines).filteredOn(line -> line.path("logger_name").asText().endsWith("SnapshotRetries"))
                .singleElement().satisfies(line -> {
                    assertThat(line.path("attempt").asText()).isEqualTo("1");
                    assertThat(line.path("message").asText()).contains("attempt 1 of 4 failed, retrying in");
                });
        assertThat(lines).as("db-scheduler's own failure line, written before the retry is decided")
                .anySatisfy(line -> {
                    assertThat(line.path("logger_name").asText()).startsWith("com.github.kagkarlsson.scheduler");
                    assertThat(line.path("attempt").asText()).isEqualTo("1");
                });
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException notJson) {
            throw new AssertionError("not a JSON line: " + line, notJson);
        }
    }
}
