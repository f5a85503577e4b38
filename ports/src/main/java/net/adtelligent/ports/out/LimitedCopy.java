package net.adtelligent.ports.out;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import net.adtelligent.ports.out.UploadStorage.StoredFile;

/**
 * Copies an upload as it arrives, counting and hashing it on the way, so neither the size limit
 * nor the SHA-256 needs a second pass over the bytes. Reads at most one byte past the limit: that
 * byte proves the limit is exceeded, and a client sending gigabytes is not read to the end. For
 * implementations of {@link UploadStorage}, in memory or on disk.
 */
public final class LimitedCopy {

    private static final int BUFFER_BYTES = 64 * 1024;

    private LimitedCopy() {
    }

    /** The file copied to {@code sink}, or the limit when the content is longer; then {@code sink} holds a part. */
    public static Either<Long, StoredFile> copy(InputStream content, OutputStream sink, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("the limit cannot be negative: " + maxBytes);
        }
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long copied = 0;
        while (true) {
            long remaining = maxBytes - copied;
            int read = content.read(buffer, 0, remaining < buffer.length ? (int) remaining + 1 : buffer.length);
            if (read < 0) {
                return Either.right(new StoredFile(copied, HexFormat.of().formatHex(sha256.digest())));
            }
            copied += read;
            if (copied > maxBytes) {
                return Either.left(maxBytes);
            }
            sha256.update(buffer, 0, read);
            sink.write(buffer, 0, read);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest's javadoc).
            throw new IllegalStateException(impossible);
        }
    }
}
