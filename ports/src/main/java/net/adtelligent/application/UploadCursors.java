package net.adtelligent.application;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.ImportJobStore;

/**
 * The next_cursor of the uploads list: where a page ended (the last upload's time and id), opaque to
 * clients. Any text this list did not hand out reads as none.
 */
final class UploadCursors {

    private static final String PREFIX = "upload:";

    private UploadCursors() {
    }

    static String after(ImportJob last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (PREFIX + last.uploadedAt() + "/" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    static Option<ImportJobStore.After> read(String cursor) {
        return Try.of(() -> new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)).toOption()
                .filter(text -> text.startsWith(PREFIX) && text.indexOf('/') > PREFIX.length())
                .flatMap(text -> {
                    int slash = text.indexOf('/');
                    return Try.of(() -> Instant.parse(text.substring(PREFIX.length(), slash))).toOption()
                            .flatMap(at -> UploadId.parse(text.substring(slash + 1))
                                    .map(id -> new ImportJobStore.After(at, id)));
                });
    }
}
