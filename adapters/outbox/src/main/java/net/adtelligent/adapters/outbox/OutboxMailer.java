package net.adtelligent.adapters.outbox;

import static net.adtelligent.adapters.outbox.OutboxException.recipient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;

/**
 * The embedded default mailer: nothing leaves the machine, each mail becomes one RFC 5322 .eml
 * file in a folder (bootstrap passes {@code ADT_DATA_DIR/outbox}). The demo user reads the
 * password-reset and invitation links there, opening the newest file in a mail client or editor.
 *
 * <p>Names sort by the time of sending, to the millisecond in UTC, then a random id
 * ({@code 20261126T081500.123Z-<uuid>.eml}). A file appears whole or not at all: it is written
 * under a hidden temporary name and moved into place atomically, so a reader polling the folder
 * never sees half a mail. The mails carry secrets (reset tokens), so on POSIX file systems a folder
 * created here and every file are readable by the owner only.
 */
public final class OutboxMailer implements Mailer {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final String from;
    private final String fromDomain;
    private final Clock clock;
    private final AtomicReference<Instant> lastStamp = new AtomicReference<>(Instant.EPOCH);

    public OutboxMailer(Path folder, Email from) {
        this(folder, from, Clock.systemUTC());
    }

    OutboxMailer(Path folder, Email from, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.from = PlainTextMessage.headerAddress(from)
                .orElseThrow(() -> new IllegalArgumentException("the sender needs an ASCII address"));
        this.fromDomain = this.from.substring(this.from.indexOf('@') + 1);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void send(Mail mail) {
        String to = PlainTextMessage.headerAddress(mail.to()).orElseThrow(() -> new OutboxException(
                "cannot address a mail to " + recipient(mail.to()) + ": needs an ASCII local part", null));
        Instant stamp = nextStamp();
        UUID id = UUID.randomUUID();
        byte[] message = PlainTextMessage.render(from, to, mail, stamp, id + "@" + fromDomain);
        try {
            writeAtomically(FILE_TIME.format(stamp) + "-" + id + ".eml", message);
        } catch (IOException | RuntimeException failure) {
            throw new OutboxException(
                    "could not put the mail to " + recipient(mail.to()) + " into the outbox", failure);
        }
    }

    /** Readiness of the outbox (component "mail"): up when the folder exists or can be made, and is writable. */
    public HealthProbe readiness() {
        return new HealthProbe() {
            @Override
            public String component() {
                return "mail";
            }

            @Override
            public ComponentHealth probe() {
                try {
                    createFolder();
                } catch (IOException | RuntimeException failure) {
                    return new ComponentHealth("mail", false, "outbox folder cannot be created");
                }
                boolean writable = Files.isWritable(folder);
                return new ComponentHealth(
                        "mail", writable, writable ? "outbox folder is writable" : "outbox folder is not writable");
            }
        };
    }

    /** Strictly increasing, so names keep the order of sending even within one millisecond. */
    private Instant nextStamp() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return lastStamp.updateAndGet(last -> now.isAfter(last) ? now : last.plusMillis(1));
    }

    private void writeAtomically(String name, byte[] message) throws IOException {
        createFolder();
        // A leading dot and .tmp: whoever lists *.eml never picks up a file still being written.
        // On POSIX createTempFile makes it owner-only (rw-------), and the move keeps that.
        Path temp = Files.createTempFile(folder, ".", ".tmp");
        try {
            Files.write(temp, message);
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void createFolder() throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> ownerOnly =
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(folder, ownerOnly);
        } else {
            Files.createDirectories(folder);
        }
    }
}
