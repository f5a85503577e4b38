package net.adtelligent.domain.upload;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;

/** Why an upload, a mapping or a commit was refused. Row problems are not rejections: they are the report. */
public sealed interface ImportRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements ImportRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** No such upload in this tenant (another tenant's looks the same). */
    record NotFound(String reference) implements ImportRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.NOT_FOUND;
        }

        @Override
        public String code() {
            return "upload-not-found";
        }

        @Override
        public String title() {
            return "Upload not found";
        }

        @Override
        public String detail() {
            return "no upload '" + reference + "'";
        }
    }

    record TooLarge(long maxBytes) implements ImportRejection {
        public static final String CODE = "upload-too-large";
        public static final String TITLE = "Upload too large";

        @Override
        public RejectionKind kind() {
            return RejectionKind.TOO_LARGE;
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String title() {
            return TITLE;
        }

        @Override
        public String detail() {
            return "the file is larger than the limit of " + maxBytes + " bytes";
        }
    }

    /** Not a file we can read as CSV: empty, no header, not UTF-8, a header without names. */
    record Unreadable(String reason) implements ImportRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.UNPROCESSABLE;
        }

        @Override
        public String code() {
            return "unreadable-upload";
        }

        @Override
        public String title() {
            return "Not a readable CSV file";
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    /** The import is not in a state that allows it (committing an invalid one, mapping a committed one). */
    record Conflict(String reason) implements ImportRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.CONFLICT;
        }

        @Override
        public String code() {
            return "upload-conflict";
        }

        @Override
        public String title() {
            return "Upload not in a state for this";
        }

        @Override
        public String detail() {
            return reason;
        }
    }
}
