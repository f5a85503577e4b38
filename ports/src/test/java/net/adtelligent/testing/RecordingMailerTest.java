package net.adtelligent.testing;

import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.MailerContract;

class RecordingMailerTest extends MailerContract {

    private final RecordingMailer mailer = new RecordingMailer();

    @Override
    protected Mailer mailer() {
        return mailer;
    }

    @Override
    protected List<Mail> deliveredTo(Email recipient) {
        return mailer.sent().stream().filter(mail -> mail.to().equals(recipient)).toList();
    }

    @Override
    protected Email uniqueRecipient() {
        return new Email("r" + UUID.randomUUID().toString().substring(0, 8) + "@client.example");
    }
}
