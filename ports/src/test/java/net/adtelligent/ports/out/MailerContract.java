package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.adtelligent.domain.identity.Email;
import org.junit.jupiter.api.Test;

/**
 * What every Mailer must do: deliver recipient, subject and text unchanged, Unicode included.
 * Each adapter's test says how to read back what reached its far side (a folder, an emulator).
 */
public abstract class MailerContract {

    protected abstract Mailer mailer();

    /** Mails that reached the far side for this recipient, in sending order, as read back from there. */
    protected abstract List<Mail> deliveredTo(Email recipient) throws Exception;

    /** A recipient no other test of the class uses, so read-back never mixes tests. */
    protected abstract Email uniqueRecipient();

    @Test
    void send_givenUnicodeSubjectAndText_deliversThemUnchanged() throws Exception {
        Email to = uniqueRecipient();
        Mail mail = new Mail(to, "Passwort zurücksetzen – Köln", "Hallo Ana,\n\nhttps://app.example/reset#token=abc-€\n");

        mailer().send(mail);

        List<Mail> delivered = deliveredTo(to);
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).to()).isEqualTo(to);
        assertThat(delivered.get(0).subject()).isEqualTo(mail.subject());
        assertThat(normalised(delivered.get(0).text())).isEqualTo(normalised(mail.text()));
    }

    @Test
    void send_givenTwoMails_deliversBothInOrder() throws Exception {
        Email to = uniqueRecipient();

        mailer().send(new Mail(to, "first", "one"));
        mailer().send(new Mail(to, "second", "two"));

        assertThat(deliveredTo(to)).extracting(Mail::subject).containsExactly("first", "second");
    }

    /** Mail transports may turn line ends into CRLF and drop a final newline; the words must stay. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").strip();
    }
}
