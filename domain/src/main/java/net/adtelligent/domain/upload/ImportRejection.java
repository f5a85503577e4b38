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

    /**
     * The tenant's uploads waiting to be committed would hold more than its quota: nothing of this
     * one is kept. Committing or deleting waiting uploads frees room.
     */
    record QuotaExceeded(long quotaBytes) implements ImportRejection {
        public static final RejectionType TYPE =
                new RejectionType(RejectionKind.TOO_LARGE, "upload-quota-exceeded", "Upload quota exceeded");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the uploads waiting to be committed would hold more than the tenant's quota of " + quotaBytes
                    + " bytes; commit or delete some first";
        }
    }

    /** The upload is known but its file is no longer stored (removed by hand, lost with a disk): it can only be deleted. */
    record FileMissing(String reference) implements ImportRejection {
        public static final RejectionType TYPE =
                new RejectionType(RejectionKind.GONE, "upload-file-missing", "Upload file missing");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the file of upload '" + reference + "' is no longer stored; delete the upload and upload the file again";
        }
    }
}
