package net.adtelligent.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.testing.RecordingMailer;
import org.junit.jupiter.api.Test;

class MeteredMailerTest {

    private static final Mail MAIL = new Mail(new Email("ana@example.com"), "Reset your password", "https://app.example/#token=t");

    private final MetricRegistry registry = new MetricRegistry();

    @Test
    void send_givenWorkingMailer_deliversTimesTheSendAndCountsNoFailure() throws IOException {
        RecordingMailer recording = new RecordingMailer();
        Mailer mailer = new MeteredMailer(recording, registry);

        mailer.send(MAIL);
        mailer.send(MAIL);

        assertThat(recording.sent()).containsExactly(MAIL, MAIL);
        Exposition text = scrape();
        assertThat(text.value("adtelligent_mail_send_duration_seconds_count")).isEqualTo(2);
        assertThat(text.value("adtelligent_mail_failures_total")).isZero();
    }

    @Test
    void send_givenFailingMailer_rethrowsTheSameFailureAndCountsIt() throws IOException {
        IllegalStateException down = new IllegalStateException("mail provider unreachable");
        Mailer mailer = new MeteredMailer(mail -> {
            throw down;
        }, registry);

        assertThatThrownBy(() -> mailer.send(MAIL)).isSameAs(down);

        Exposition text = scrape();
        assertThat(text.value("adtelligent_mail_send_duration_seconds_count")).isEqualTo(1);
        assertThat(text.value("adtelligent_mail_failures_total")).isEqualTo(1);
    }

    private Exposition scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrometheusText(registry).writeTo(out);
        return Exposition.parse(out.toString(StandardCharsets.UTF_8));
    }
}
