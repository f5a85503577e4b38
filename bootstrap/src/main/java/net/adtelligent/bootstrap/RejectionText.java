package net.adtelligent.bootstrap;

import net.adtelligent.domain.Rejection;

/** A use case's refusal in one line, with each field and its reason where the refusal names fields. */
public final class RejectionText {

    private RejectionText() {
    }

    /** "password is too easy to guess; email must be an address", or the detail when no field is named. */
    public static String of(Rejection rejection) {
        if (rejection.violations().isEmpty()) {
            return rejection.detail();
        }
        return String.join("; ", rejection.violations().stream().map(v -> v.field() + " " + v.reason()).toList());
    }
}
