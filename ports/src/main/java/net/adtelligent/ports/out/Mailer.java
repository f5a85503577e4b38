package net.adtelligent.ports.out;

/** Sends one plain-text mail. Failures are exceptions: the caller decides whether that matters. */
public interface Mailer {

    void send(Mail mail);
}
