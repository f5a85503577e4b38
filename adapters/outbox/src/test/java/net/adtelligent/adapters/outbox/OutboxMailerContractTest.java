package net.adtelligent.adapters.outbox;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.MailerContract;
import org.junit.jupiter.api.io.TempDir;

/** The shared Mailer contract on the outbox, read back with a real MIME parser. */
class OutboxMailerContractTest extends MailerContract {

    @TempDir
    Path folder;

    private OutboxMailer mailer;

    // One mailer per test, as one service has: the order of its files is the order of sending only
    // within one mailer (two in the same millisecond would sort by their random ids).
    @Override
    protected Mailer mailer() {
        if (mailer == null) {
            mailer = new OutboxMailer(folder, OutboxFixtures.SENDER);
        }
        return mailer;
    }

    @Override
    protected List<Mail> deliveredTo(Email recipient) throws Exception {
        List<Mail> mails = new ArrayList<>();
        for (Path eml : OutboxFixtures.files(folder)) {
            MimeMessage message = OutboxFixtures.parse(eml);
            Email to = new Email(message.getRecipients(RecipientType.TO)[0].toString());
            if (to.equals(recipient)) {
                mails.add(new Mail(to, message.getSubject(), (String) message.getContent()));
            }
        }
        return mails;
    }

    @Override
    protected Email uniqueRecipient() {
        return new Email("r" + UUID.randomUUID().toString().substring(0, 8) + "@client.example");
    }
}
