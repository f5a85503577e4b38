package net.adtelligent.domain.upload;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;

/** One uploaded file and the import job around it. */
public record UploadId(UUID value) {

    public UploadId {
        Objects.requireNonNull(value, "value");
    }

    public static UploadId random() {
        return new UploadId(UUID.randomUUID());
    }

    /** An id as a client typed it; none when it is not one, so the caller answers "not found". */
    public static Option<UploadId> parse(String text) {
        try {
            return text == null ? Option.none() : Option.of(new UploadId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Option.none();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
