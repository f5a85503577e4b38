package net.adtelligent.domain.upload;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why an upload, a mapping or a commit was refused. Row problems are not rejections: they are the report. */
public sealed interface ImportRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements ImportRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** No such upload in this tenant (another tenant's looks the same). */
    record NotFound(String reference) implements ImportRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "upload-not-found", "Upload not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no upload '" + reference + "'";
        }
    }

    record TooLarge(long maxBytes) implements ImportRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.TOO_LARGE, "upload-too-large", "Upload too large");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the file is larger than the limit of " + maxBytes + " bytes";
        }
    }

    /** Not a file we can read as CSV: empty, no header, not UTF-8, a header without names. */
    record Unreadable(String reason) implements ImportRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.UNPROCESSABLE, "unreadable-upload", "Not a readable CSV file");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    /** The import is not in a state that allows it (committing an invalid one, mapping a committed one). */
    record Conflict(String reason) implements ImportRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "upload-conflict", "Upload not in a state for this");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return reason;
        }
    }
}
