package net.adtelligent.adapters.outbox;

import net.adtelligent.domain.identity.Email;

/**
 * A mail could not be put into the outbox (the folder cannot be written, or the recipient cannot
 * be addressed). The message names only the recipient's domain: messages end up in logs and problem
 * responses, where a full address is personal data. The cause keeps the details for the log.
 */
public final class OutboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutboxException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "a recipient at example.com": the words every message here uses for the recipient. */
    static String recipient(Email to) {
        return "a recipient at " + to.value().substring(to.value().indexOf('@') + 1);
    }
}
