package net.adtelligent.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.testing.RecordingMailer;
import org.junit.jupiter.api.Test;

class MonitoringTest {

    @Test
    void prometheusText_givenTelemetryAndAMail_showsBothFromTheOneRegistry() throws Exception {
        Monitoring monitoring = new Monitoring(Clock.systemUTC());
        monitoring.telemetry().httpRequest("GET", "/api/health/", 200, Duration.ofMillis(3));
        monitoring.metered(new RecordingMailer()).send(new Mail(new Email("ana@example.com"), "Hello", "Body"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        monitoring.prometheusText().writeTo(out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("adtelligent_http_request_duration_seconds",
                "adtelligent_mail_send_duration_seconds");
    }
}
