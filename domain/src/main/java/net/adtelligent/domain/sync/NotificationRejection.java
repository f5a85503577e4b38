package net.adtelligent.domain.sync;

import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why a sync notification from Airbyte's webhook was not taken. */
public sealed interface NotificationRejection extends Rejection {

    /**
     * No webhook secret is configured: the receiver is off and answers as a path nothing serves,
     * so an installation without a secret never takes a delivery nobody can authenticate.
     */
    record NotConfigured() implements NotificationRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "not-found", "Not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "nothing is served at this path";
        }
    }

    /** A missing or wrong secret, or a signature that is missing, wrong or too old; which of them is not said. */
    record NotAuthentic() implements NotificationRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.UNAUTHENTICATED,
                "invalid-webhook-credentials", "Invalid webhook credentials");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "send the webhook secret in the URL path or the X-Webhook-Secret header"
                    + " (and a valid webhook-signature where one is required)";
        }
    }

    /** An authentic delivery whose body is not a job notification: each field with what is wrong with it. */
    record Malformed(List<FieldViolation> violations) implements NotificationRejection, InvalidFields {
        public Malformed {
            violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        }

        public static Malformed of(String field, String reason) {
            return new Malformed(List.of(new FieldViolation(field, reason)));
        }
    }
}
