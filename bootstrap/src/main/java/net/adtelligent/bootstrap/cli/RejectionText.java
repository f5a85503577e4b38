package net.adtelligent.bootstrap.cli;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.upload.ImportRejection;

/** A use case's refusal in one line, with each field and its reason where the refusal names fields. */
final class RejectionText {

    private RejectionText() {
    }

    static String of(Rejection rejection) {
        List<FieldViolation> violations = List.of();
        if (rejection instanceof ImportRejection.Invalid invalid) {
            violations = invalid.violations();
        } else if (rejection instanceof FactRejection.Invalid invalid) {
            violations = invalid.violations();
        }
        if (violations.isEmpty()) {
            return rejection.detail();
        }
        return rejection.detail() + ": " + String.join("; ", violations.stream().map(v -> v.field() + " " + v.reason()).toList());
    }
}
