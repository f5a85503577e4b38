package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AccessLogTest {

    private final ListAppender<ILoggingEvent> accessLines = new CapturingAppender();
    private final ListAppender<ILoggingEvent> useCaseLines = new CapturingAppender();
    private TestApi api;

    @BeforeEach
    void start() {
        attach(AccessLog.class.getName(), accessLines);
        attach("net.adtelligent.application", useCaseLines);
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
        detach(AccessLog.class.getName(), accessLines);
        detach("net.adtelligent.application", useCaseLines);
    }

    @Test
    void request_givenTenantRoute_logsOneLineWithTemplateStatusAndIds() {
        String tenantId = TestApi.json(api.register("acme")).path("id").asText();
        accessLines.list.clear();

        api.send(api.request("/api/tenants/acme/").header("X-Request-ID", "req-7"));

        List<ILoggingEvent> lines = List.copyOf(accessLines.list);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getFormattedMessage()).startsWith("http GET /api/tenants/{slug}/ status=200 duration_ms=");
        assertThat(lines.get(0).getMDCPropertyMap())
                .containsEntry("correlation_id", "req-7")
                .containsEntry("tenant_id", tenantId);
    }

    @Test
    void request_givenUnknownPath_logsItAsUnmatchedWithoutTenant() {
        api.send(api.request("/api/nope/").header("X-Request-ID", "req-8"));

        ILoggingEvent line = accessLines.list.get(0);
        assertThat(line.getFormattedMessage()).startsWith("http GET unmatched status=404");
        assertThat(line.getMDCPropertyMap()).containsEntry("correlation_id", "req-8").doesNotContainKey("tenant_id");
    }

    @Test
    void useCaseLogLines_carryTheRequestsCorrelationId() {
        api.send(api.request("/api/tenants/").header("X-Request-ID", "req-9").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestApi.draft("acme"))));

        assertThat(useCaseLines.list).anySatisfy(line -> {
            assertThat(line.getFormattedMessage()).contains("tenant registered");
            assertThat(line.getMDCPropertyMap()).containsEntry("correlation_id", "req-9");
        });
    }

    @Test
    void nextRequestOnTheSameThreads_doesNotInheritTheTenant() {
        api.register("acme");
        api.get("/api/tenants/acme/");
        accessLines.list.clear();

        for (int i = 0; i < 20; i++) {
            api.get("/api/health/");
        }

        assertThat(accessLines.list).allSatisfy(line -> assertThat(line.getMDCPropertyMap()).doesNotContainKey("tenant_id"));
    }

    /** Logback reads an event's MDC lazily, on whichever thread asks: capture it on the server's. */
    private static final class CapturingAppender extends ListAppender<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    }

    private static void attach(String name, ListAppender<ILoggingEvent> appender) {
        appender.start();
        ((Logger) LoggerFactory.getLogger(name)).addAppender(appender);
    }

    private static void detach(String name, ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(name)).detachAppender(appender);
    }
}
