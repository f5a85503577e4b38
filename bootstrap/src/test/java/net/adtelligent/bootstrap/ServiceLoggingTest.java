package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The service's own logback.xml (not the tests' quiet one): access lines go through a queue and a
 * thread of their own, and still arrive whole, in order, with the request's MDC, none dropped;
 * every other line is written before the call that logs it returns.
 */
class ServiceLoggingTest {

    private static final String ACCESS = "net.adtelligent.adapters.http.AccessLog";

    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void restore() {
        context.stop();
        System.setErr(stderr);
        MDC.clear();
    }

    @Test
    void serviceConfiguration_writesAccessLinesFromItsQueueAndOthersAtOnce() throws Exception {
        System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
        URL config = getClass().getClassLoader().getResource("logback.xml");
        assertThat(config).as("the service's logback.xml on the class path").isNotNull();
        // The MDC that org.slf4j.MDC writes to, as in the service's own context.
        context.setMDCAdapter(((LoggerContext) LoggerFactory.getILoggerFactory()).getMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);

        Logger access = context.getLogger(ACCESS);
        Logger other = context.getLogger("net.adtelligent.application.Example");
        // More lines than the queue holds: a full queue makes the caller wait, it never drops one.
        int count = 20_000;
        IntStream.range(0, count).forEach(i -> {
            MDC.put("correlation_id", "req-" + i);
            access.info("http POST /api/airbyte/webhook/ status=202 duration_ms=" + i);
        });
        MDC.put("correlation_id", "req-other");
        other.warn("written by the caller");
        assertThat(lines()).anySatisfy(line -> assertThat(line.path("message").asText()).isEqualTo("written by the caller"));

        context.stop(); // what the shutdown hook does at exit: the queue is drained first
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(status -> status.getLevel() >= ch.qos.logback.core.status.Status.WARN);

        List<JsonNode> accessLines = lines().stream()
                .filter(line -> line.path("logger").asText().equals(ACCESS)).toList();
        assertThat(accessLines).hasSize(count);
        IntStream.range(0, count).forEach(i -> {
            JsonNode line = accessLines.get(i);
            assertThat(line.path("message").asText()).endsWith("duration_ms=" + i);
            assertThat(line.path("correlation_id").asText()).isEqualTo("req-" + i);
            assertThat(line.path("level").asText()).isEqualTo("INFO");
        });
    }

    private List<JsonNode> lines() {
        ObjectMapper json = new ObjectMapper();
        return written.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception notJson) {
                throw new AssertionError("not a JSON line: " + line, notJson);
            }
        }).toList();
    }
}
