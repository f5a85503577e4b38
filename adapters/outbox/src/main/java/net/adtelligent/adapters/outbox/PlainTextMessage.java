package net.adtelligent.adapters.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static net.adtelligent.adapters.outbox.MimeText.CRLF;

import java.net.IDN;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;

/** One plain-text mail as RFC 5322 octets: MIME headers, UTF-8 body, CRLF line endings. */
final class PlainTextMessage {

    // RFC 5322 dot-atom: an address of these characters needs no quoting and cannot end a header.
    private static final Pattern DOT_ATOM =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.US);

    private PlainTextMessage() {}

    static byte[] render(String from, String to, Mail mail, Instant date, String messageId) {
        String body = MimeText.crlfLines(mail.text());
        boolean eightBit = MimeText.fitsEightBit(body);
        StringBuilder out = new StringBuilder();
        header(out, "From", from);
        header(out, "To", to);
        header(out, "Subject", MimeText.subject(mail.subject()));
        header(out, "Date", DATE.format(date.atOffset(ZoneOffset.UTC)));
        header(out, "Message-ID", "<" + messageId + ">");
        header(out, "MIME-Version", "1.0");
        header(out, "Content-Type", "text/plain; charset=UTF-8");
        // 8bit keeps links readable for someone opening the file in an editor; quoted-printable
        // is the fallback for long lines and control characters that 8bit may not carry.
        header(out, "Content-Transfer-Encoding", eightBit ? "8bit" : "quoted-printable");
        out.append(CRLF);
        out.append(eightBit ? body : MimeText.quotedPrintable(body));
        return out.toString().getBytes(UTF_8);
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append(CRLF);
    }

    /**
     * The address as a header may carry it, or empty when it cannot: the guard against header
     * injection does not trust the caller, and a non-ASCII local part would need SMTPUTF8.
     * A non-ASCII domain is written in its ASCII (punycode) form.
     */
    static Optional<String> headerAddress(Email email) {
        String local = email.localPart();
        String domain;
        try {
            domain = IDN.toASCII(email.value().substring(local.length() + 1)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHostName) {
            return Optional.empty();
        }
        boolean safe = DOT_ATOM.matcher(local).matches() && HOST.matcher(domain).matches();
        return safe ? Optional.of(local + "@" + domain) : Optional.empty();
    }
}
