package net.adtelligent.bootstrap;

import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;

/** A use case's refusal in one line, with each field and its reason where the refusal names fields. */
public final class RejectionText {

    private RejectionText() {
    }

    public static String of(Rejection rejection) {
        if (rejection instanceof InvalidFields invalid) {
            return String.join("; ", invalid.violations().stream().map(v -> v.field() + " " + v.reason()).toList());
        }
        return rejection.detail();
    }
}
