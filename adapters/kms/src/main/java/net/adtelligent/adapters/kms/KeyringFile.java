package net.adtelligent.adapters.kms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The local keyring's file: comment lines (#) and blank lines are ignored, every other line is a
 * master key (base64 of 32 bytes), the first one current. Created owner-only (0600) and refused
 * when group or others may read it: whoever reads it can open every tenant's secrets.
 */
final class KeyringFile {

    private static final String HEADER = """
            # Adtelligent master keys of the local keyring (base64, 32 bytes each). Keep this file secret
            # and back it up: without it no stored credential can be opened. The first key wraps new data
            # keys; the keys below it still unwrap the data keys they wrapped.
            """;
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeyringFile() {
    }

    static List<byte[]> loadOrCreate(Path file) {
        if (Files.notExists(file)) {
            create(file);
        }
        refuseIfShared(file);
        return read(file);
    }

    private static void refuseIfShared(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: the file takes its folder's access list.
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                throw new IllegalStateException("the local keyring " + file + " may be read by others ("
                        + PosixFilePermissions.toString(permissions) + "): make it the owner's alone with "
                        + "'chmod 600 " + file + "', and rotate its keys if anyone else could have read it");
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static List<byte[]> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                keys.add(decode(line, "line " + (i + 1) + " of the local keyring " + file));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("the local keyring " + file + " holds no key");
        }
        return keys;
    }

    private static byte[] decode(String line, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(where + " is not base64");
        }
        if (key.length != Aead.KEY_BYTES) {
            throw new IllegalStateException(where + " has " + key.length + " bytes, not " + Aead.KEY_BYTES
                    + " (make one with 'openssl rand -base64 32')");
        }
        return key;
    }

    /** Written to a private temporary file and moved into place: a racing process sees none or a whole one. */
    private static void create(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(dir);
            temporary = Files.createTempFile(dir, ".kms-keyring", ".tmp", ownerOnly(dir));
            String key = Base64.getEncoder().encodeToString(Aead.random(Aead.KEY_BYTES));
            Files.writeString(temporary, HEADER + key + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException raced) {
            // Another process created it between our check and our move: use theirs.
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the local keyring " + file + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static IllegalStateException unreadable(Path file, IOException e) {
        return new IllegalStateException("cannot read the local keyring " + file + " (" + e.getClass().getSimpleName()
                + "): check its owner and permissions", e);
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Owner-only like the keyring itself; a failed clean-up must not hide the real outcome.
        }
    }
}
