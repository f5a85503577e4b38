package net.adtelligent.domain.upload;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;

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
        public String detail() {
            return "no upload '" + reference + "'";
        }
    }

    record TooLarge(long maxBytes) implements ImportRejection {
        @Override
        public String detail() {
            return "the file is larger than the limit of " + maxBytes + " bytes";
        }
    }

    /** Not a file we can read as CSV: empty, no header, not UTF-8, a header without names. */
    record Unreadable(String reason) implements ImportRejection {
        @Override
        public String detail() {
            return reason;
        }
    }

    /** The import is not in a state that allows it (committing an invalid one, mapping a committed one). */
    record Conflict(String reason) implements ImportRejection {
        @Override
        public String detail() {
            return reason;
        }
    }
}
