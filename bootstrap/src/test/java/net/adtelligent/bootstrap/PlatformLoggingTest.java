package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What libraries log through System.Logger (Caffeine does) lands in logback with everything else. */
class PlatformLoggingTest {

    @Test
    void systemLogger_givenAWarning_reachesLogback() {
        String name = "net.adtelligent.platform-logging-check";
        Logger logback = (Logger) LoggerFactory.getLogger(name);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logback.addAppender(seen);
        try {
            System.getLogger(name).log(System.Logger.Level.WARNING, "refresh failed for {0}", "tenant");

            assertThat(seen.list).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).hasToString("WARN");
                assertThat(event.getFormattedMessage()).isEqualTo("refresh failed for tenant");
            });
        } finally {
            logback.detachAppender(seen);
        }
    }
}
