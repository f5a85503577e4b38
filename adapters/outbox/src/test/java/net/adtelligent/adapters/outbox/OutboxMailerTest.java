package net.adtelligent.adapters.outbox;

import static net.adtelligent.adapters.outbox.OutboxFixtures.SENDER;
import static net.adtelligent.adapters.outbox.OutboxFixtures.files;
import static net.adtelligent.adapters.outbox.OutboxFixtures.parse;
import static net.adtelligent.adapters.outbox.OutboxFixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is inside an outbox file: a mail any MIME parser reads back exactly. */
class OutboxMailerTest {

    @TempDir
    Path folder;

    private Path sendOne(Mail mail) throws Exception {
        new OutboxMailer(folder, SENDER, Clock.fixed(OutboxFixtures.NOW, ZoneOffset.UTC)).send(mail);
        assertThat(files(folder)).hasSize(1);
        return files(folder).get(0);
    }

    @Test
    void send_givenAsciiMail_writesEmlWithEveryHeaderAMimeParserReadsBack() throws Exception {
        Path eml = sendOne(new Mail(
                new Email("ana@client.example"), "Reset your password", "Open https://app.example/r?t=a=b\n"));

        MimeMessage message = parse(eml);
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("ops@example.com");
        assertThat(message.getRecipients(RecipientType.TO)).extracting(Object::toString)
                .containsExactly("ana@client.example");
        assertThat(message.getSubject()).isEqualTo("Reset your password");
        assertThat(message.getSentDate()).isEqualTo(Date.from(Instant.parse("2026-11-26T08:15:00Z")));
        String uuid = eml.getFileName().toString().substring("20261126T081500.123Z-".length()).replace(".eml", "");
        assertThat(message.getMessageID()).isEqualTo("<" + uuid + "@example.com>");
        assertThat(message.getHeader("MIME-Version", null)).isEqualTo("1.0");
        assertThat(message.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(message.getEncoding()).isEqualTo("8bit");
        assertThat(message.getContent()).isEqualTo("Open https://app.example/r?t=a=b\r\n");
        assertThat(raw(eml)).contains("https://app.example/r?t=a=b"); // readable link for the demo user
    }

    @Test
    void send_givenUnicodeSubjectAndBody_roundTripsThroughUtf8WithinLineLimits() throws Exception {
        String subject = "Einladung: Grüße aus Köln 🎉 — 東京の皆さん、ようこそ Adtelligent へ ✓ ".repeat(3).strip();
        String text = "Hallo Zoë,\n\nklicke hier: https://app.example/invite?token=x€y 🎉\n東京";
        Path eml = sendOne(new Mail(new Email("zoe@client.example"), subject, text));

        MimeMessage message = parse(eml);
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(message.getContent()).isEqualTo(text.replace("\n", "\r\n"));
        assertThat(message.getEncoding()).isEqualTo("8bit");
        String headers = raw(eml).substring(0, raw(eml).indexOf("\r\n\r\n"));
        assertThat(headers).contains("Subject: =?UTF-8?B?").isASCII();
        assertThat(headers.split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }

    @Test
    void send_givenLongLineControlsAndTrailingSpaces_usesQuotedPrintableThatDecodesBack() throws Exception {
        String text = "ä".repeat(2000) + "\ntab\tand NUL\u0000 here\ntrailing spaces   \nend";
        Path eml = sendOne(new Mail(new Email("ana@client.example"), "Report", text));

        MimeMessage message = parse(eml);
        assertThat(message.getEncoding()).isEqualTo("quoted-printable");
        assertThat(message.getContent()).isEqualTo(text.replace("\n", "\r\n"));
        assertThat(raw(eml).split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }

    @Test
    void send_givenMixedLineBreaks_writesOnlyCrlfLineEndings() throws Exception {
        Path eml = sendOne(new Mail(new Email("ana@client.example"), "Lines", "unix\nwindows\r\nold mac\rend\n"));

        String raw = raw(eml);
        assertThat(raw.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(parse(eml).getContent()).isEqualTo("unix\r\nwindows\r\nold mac\r\nend\r\n");
    }

    @Test
    void send_givenSubjectThatLooksEncoded_keepsItLiteral() throws Exception {
        Path eml = sendOne(new Mail(new Email("ana@client.example"), "=?UTF-8?B?SGFjaw==?= and\ttab", "x"));

        assertThat(parse(eml).getSubject()).isEqualTo("=?UTF-8?B?SGFjaw==?= and\ttab");
    }

    @Test
    void send_givenNonAsciiDomain_addressesItsPunycodeForm() throws Exception {
        Path eml = sendOne(new Mail(new Email("ana@bücher.example"), "Hi", "x"));

        assertThat(Arrays.stream(parse(eml).getRecipients(RecipientType.TO)).map(Object::toString))
                .containsExactly("ana@xn--bcher-kva.example");
    }

    @Test
    void send_givenNonAsciiLocalPart_throwsOutboxExceptionAndWritesNothing() throws Exception {
        OutboxMailer mailer = new OutboxMailer(folder, SENDER);

        assertThatThrownBy(() -> mailer.send(new Mail(new Email("jörg@client.example"), "Hi", "x")))
                .isInstanceOf(OutboxException.class)
                .hasMessageContaining("a recipient at client.example")
                .hasMessageNotContaining("jörg");
        assertThat(files(folder)).isEmpty();
    }
}
