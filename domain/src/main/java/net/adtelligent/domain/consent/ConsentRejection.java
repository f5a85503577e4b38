package net.adtelligent.domain.consent;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why a step of an OAuth consent was refused. No reason ever holds a code, a state or a token. */
public sealed interface ConsentRejection extends Rejection {

    /** The callback's state is unknown (forged), used, expired or another user's: nothing is stored. */
    record StateRefused(String reason) implements ConsentRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.INVALID, "oauth-state-refused",
                "Consent state refused");

        static StateRefused used() {
            return new StateRefused("the consent's state was used already: start the consent again");
        }

        static StateRefused expired() {
            return new StateRefused("the consent's state has run out: start the consent again");
        }

        static StateRefused notYours() {
            return new StateRefused("the consent was started by another user or for another platform");
        }

        public static StateRefused unknown() {
            return new StateRefused("the consent's state is not one this service issued");
        }

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return reason;
        }

        @Override
        public List<FieldViolation> violations() {
            return List.of(new FieldViolation("state", reason));
        }
    }

    /** The platform said no: the person declined (access_denied), or the code was refused (invalid_grant). */
    record PlatformRefused(String platform, String error, String description) implements ConsentRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "oauth-platform-refused",
                "The platform refused the consent");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return platform + " answered " + error + (description.isBlank() ? "" : ": " + description)
                    + "; nothing was stored";
        }
    }

    /** The installation has no OAuth client for the platform; {@code settings}: the ones to add, comma-separated. */
    record NotConfigured(String platform, String settings) implements ConsentRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "oauth-not-configured",
                "OAuth consent not configured");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "consent to " + platform + " is not configured: set " + settings;
        }
    }

    record GrantNotFound(String grant) implements ConsentRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "oauth-grant-not-found",
                "Consent not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no consent '" + grant + "' of yours in this tenant";
        }
    }

    /** Picked already, or waited too long. */
    record GrantEnded(String grant) implements ConsentRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "oauth-grant-ended",
                "Consent ended");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the consent " + grant + " was used or has run out: start the consent again";
        }
    }

    record UnknownAccount(String account, int offered) implements ConsentRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.INVALID, "oauth-unknown-account",
                "Account not offered");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "external_account_id: must be one of the " + offered + " accounts the consent offered";
        }

        @Override
        public List<FieldViolation> violations() {
            return List.of(new FieldViolation("external_account_id", "must be one of the " + offered
                    + " accounts the consent offered"));
        }
    }
}
