package net.adtelligent.ports.out;

import java.util.Objects;
import net.adtelligent.domain.identity.Email;

/** A plain-text mail to one recipient; the sender is the mailer's configured address. */
public record Mail(Email to, String subject, String text) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }
}
