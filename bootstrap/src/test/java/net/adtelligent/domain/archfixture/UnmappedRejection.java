package net.adtelligent.domain.archfixture;

import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** A rejection nobody can answer: no kind, so no status, and no title. The coverage check must report it. */
public record UnmappedRejection(String reason) implements Rejection {

    @Override
    public RejectionType type() {
        return null;
    }

    @Override
    public RejectionKind kind() {
        return null;
    }

    @Override
    public String code() {
        return "Unmapped Rejection";
    }

    @Override
    public String title() {
        return " ";
    }

    @Override
    public String detail() {
        return reason;
    }
}
