package net.adtelligent.bootstrap;

import java.util.Objects;
import net.adtelligent.domain.Rejection;

/**
 * A use case refused what an operator's command or setting asked for. The message is one line:
 * what was being done, then the reason ({@link RejectionText}); the CLI picks its exit code from
 * the rejection's kind.
 */
public final class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /** {@code doing}: what was refused, e.g. "cannot create the user" or "--tenant". */
    public RefusedException(String doing, Rejection rejection) {
        super(doing + ": " + RejectionText.of(Objects.requireNonNull(rejection, "rejection")));
        this.rejection = rejection;
    }

    /** For a refusal that needs no words before its reason. */
    public RefusedException(Rejection rejection) {
        super(RejectionText.of(Objects.requireNonNull(rejection, "rejection")));
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
