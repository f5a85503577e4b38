package net.adtelligent.adapters.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for a failure of JDBI or the driver as the cause of this adapter's exceptions. Their
 * messages quote the statement's bound values and the server's detail quotes the failing row
 * (emails, password hashes, uploaded cells), and a log prints every cause's message: this keeps
 * the type and the stack, never the message.
 */
final class RedactedCause extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private RedactedCause(Throwable failure, RedactedCause cause) {
        super(failure.getClass().getName() + " (its message is left out: it may quote the statement's values)", cause,
                false, true);
        setStackTrace(failure.getStackTrace());
    }

    /** The failure as a chain of redacted causes, innermost last. */
    static RedactedCause of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        RedactedCause redacted = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            redacted = new RedactedCause(chain.get(i), redacted);
        }
        return redacted;
    }
}
