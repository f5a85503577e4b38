package net.adtelligent.adapters.http;

import java.time.Duration;
import net.adtelligent.testing.RecordingMailer;

/** The mails the core sent, read as their recipients would: some are sent in the background, so tests wait. */
public final class Inbox {

    private final RecordingMailer mailer;

    Inbox(RecordingMailer mailer) {
        this.mailer = mailer;
    }

    public int mailsTo(String email) {
        return (int) mailer.sent().stream().filter(mail -> mail.to().value().equals(email)).count();
    }

    /** The token in the next mail to that address after {@code before} of them. */
    public String awaitToken(String email, int before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (mailsTo(email) <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no new mail to " + email);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return mailer.lastTokenFor(email);
    }
}
