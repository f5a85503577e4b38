package net.adtelligent.adapters.metrics;

import com.codahale.metrics.MetricRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.MailerContract;
import net.adtelligent.testing.RecordingMailer;

/** The decorator is a Mailer too: what reaches the wrapped mailer must be what was sent. */
class MeteredMailerContractTest extends MailerContract {

    private final RecordingMailer recording = new RecordingMailer();
    private final Mailer mailer = new MeteredMailer(recording, new MetricRegistry());
    private final AtomicInteger recipients = new AtomicInteger();

    @Override
    protected Mailer mailer() {
        return mailer;
    }

    @Override
    protected List<Mail> deliveredTo(Email recipient) {
        return recording.sent().stream().filter(mail -> mail.to().equals(recipient)).toList();
    }

    @Override
    protected Email uniqueRecipient() {
        return new Email("user" + recipients.incrementAndGet() + "@example.com");
    }
}
