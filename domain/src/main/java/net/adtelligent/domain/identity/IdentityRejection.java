package net.adtelligent.domain.identity;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why logging in, a token, an invitation or a password change was refused. */
public sealed interface IdentityRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements IdentityRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record EmailTaken(Email email) implements IdentityRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "email-taken", "Email taken");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "a user with this email exists already";
        }
    }

    /** The same answer for an unknown email and a wrong password, so neither can be probed. */
    record InvalidCredentials() implements IdentityRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.UNAUTHENTICATED, "invalid-credentials", "Invalid credentials");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "invalid credentials";
        }
    }

    /**
     * Logins paused after failures (of this address for this account, or of an account under
     * attack): the password was not checked. {@code retryAfter} is how long until a try may come.
     */
    record TooManyAttempts(Duration retryAfter) implements IdentityRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.TOO_MANY_ATTEMPTS, "too-many-requests",
                "Too many requests");

        public TooManyAttempts {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
            }
        }

        /** Whole seconds, rounded up and at least one: a client that waits exactly this long gets through. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "too many attempts; try again in " + retryAfterSeconds() + " s";
        }
    }

    /**
     * A refresh, reset or invitation token that is unknown, used, expired or revoked. Reset and
     * invitation tokens arrive as a form field named "token", so it is an invalid field of that name.
     */
    record InvalidToken(String purpose) implements IdentityRejection {
        public static final String FIELD = "token";

        @Override
        public RejectionType type() {
            return InvalidFields.TYPE;
        }

        @Override
        public String detail() {
            return "the " + purpose + " token is invalid or expired";
        }

        @Override
        public List<FieldViolation> violations() {
            return List.of(new FieldViolation(FIELD, detail()));
        }
    }
}
