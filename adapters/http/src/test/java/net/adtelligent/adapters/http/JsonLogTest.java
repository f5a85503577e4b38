package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.adtelligent.adapters.http.metrics.MetricsFacts;
import net.adtelligent.adapters.http.web.Json;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The lines of one request as the service writes them (JSON through the logstash encoder, as
 * bootstrap configures it): each names the tenant and the request, so an operator can find every
 * line of one call, or of one tenant, by field.
 */
class JsonLogTest {

    private static final List<String> LOGGERS = List.of(AccessLog.class.getName(), "net.adtelligent.application");

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private TestApi api;

    @BeforeEach
    void writeJsonLines() {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        // logback-test.xml keeps these loggers at INFO without appenders of their own.
        LOGGERS.forEach(name -> context.getLogger(name).addAppender(appender));
        api = TestApi.start();
    }

    @AfterEach
    void restore() {
        api.close();
        LOGGERS.forEach(name -> context.getLogger(name).detachAppender(appender));
        appender.stop();
    }

    @Test
    void tenantRequest_writesJsonLinesCarryingTenantIdAndCorrelationId() throws InterruptedException {
        MetricsFacts facts = new MetricsFacts(api, "acme");
        facts.november();
        written.reset();

        api.send(api.request("/api/tenants/acme/snapshots/").header("X-Request-ID", "req-json-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        List<JsonNode> lines = awaitLines(2);
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("logger_name").asText()).isEqualTo(AccessLog.class.getName());
            assertThat(line.path("message").asText()).startsWith("http POST /api/tenants/{slug}/snapshots/ status=202");
        });
        assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asText()).startsWith("snapshot generated"));
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("correlation_id").asText()).isEqualTo("req-json-1");
            assertThat(line.path("tenant_id").asText()).isEqualTo(facts.tenant.toString());
        });
    }

    /** The access line is written as the response completes: the client can be a moment ahead of it. */
    private List<JsonNode> awaitLines(int count) throws InterruptedException {
        for (int i = 0; i < 500 && lines().size() < count; i++) {
            Thread.sleep(10);
        }
        return lines();
    }

    private List<JsonNode> lines() {
        return written.toString(StandardCharsets.UTF_8).lines().map(JsonLogTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not a JSON line: " + line, notJson);
        }
    }
}
