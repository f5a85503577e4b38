package net.adtelligent.adapters.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The key file: comment lines (#) and blank lines are ignored, the first key line is the current
 * key, the next ones previous keys. An operator rotates by putting a new line on top
 * (openssl rand -base64 32) and deleting the old one a token lifetime later.
 */
final class SigningKeyFile {

    private static final String HEADER = """
            # Adtelligent access-token signing keys (base64, at least 32 bytes each). Keep this file secret.
            # The first key signs; the keys below it still verify. Rotate by adding a new key on top,
            # then delete the old one once its tokens have expired (15 minutes).
            """;

    private SigningKeyFile() {
    }

    static SigningKeys loadOrCreate(Path file) {
        if (Files.notExists(file)) {
            create(file);
        }
        return read(file);
    }

    private static SigningKeys read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JWT signing key file " + file + " ("
                    + e.getClass().getSimpleName() + "): check its owner and permissions", e);
        }
        List<SigningKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                keys.add(SigningKeys.decode(line, "line " + (i + 1) + " of " + file));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the JWT signing key file " + file + " holds no key");
        }
        return new SigningKeys(keys.get(0), keys.subList(1, keys.size()));
    }

    /**
     * Written to a private temporary file first and moved into place, so a second process starting
     * at the same moment sees either no file or a whole one; if it won the race, its key is kept.
     */
    private static void create(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, ".jwt-signing", ".tmp", ownerOnly(dir));
            String key = Base64.getEncoder().encodeToString(SigningKeys.randomSecret());
            Files.writeString(temporary, HEADER + key + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException raced) {
            // Another process created it between our check and our move: use theirs.
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the JWT signing key file " + file + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0]; // Windows: the file takes its folder's access list.
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Owner-only like the key file itself; a failed clean-up must not hide the real outcome.
        }
    }
}
