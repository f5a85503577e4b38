package net.adtelligent.domain.identity;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;

/** Why logging in, a token, an invitation or a password change was refused. */
public sealed interface IdentityRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements IdentityRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record EmailTaken(Email email) implements IdentityRejection {
        @Override
        public String detail() {
            return "a user with this email exists already";
        }
    }

    /** The same answer for an unknown email and a wrong password, so neither can be probed. */
    record InvalidCredentials() implements IdentityRejection {
        @Override
        public String detail() {
            return "invalid credentials";
        }
    }

    /** A refresh, reset or invitation token that is unknown, used, expired or revoked. */
    record InvalidToken(String kind) implements IdentityRejection {
        @Override
        public String detail() {
            return "the " + kind + " token is invalid or expired";
        }
    }
}
