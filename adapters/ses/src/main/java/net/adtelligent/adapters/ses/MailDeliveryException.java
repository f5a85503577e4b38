package net.adtelligent.adapters.ses;

import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.OutsidePartUnavailableException;

/**
 * A mail could not be handed over: SES refused it or was unreachable. The message names only the
 * recipient's domain: messages end up in logs and problem responses, where a full address is
 * personal data. The cause keeps the details for the log. Component "mail": the HTTP adapter
 * answers 503 for it, like for any outside part that failed.
 */
public final class MailDeliveryException extends OutsidePartUnavailableException {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super("mail", message, cause);
    }

    /** "a recipient at example.com": the words every message here uses for the recipient. */
    static String recipient(Email to) {
        return "a recipient at " + to.value().substring(to.value().indexOf('@') + 1);
    }
}
