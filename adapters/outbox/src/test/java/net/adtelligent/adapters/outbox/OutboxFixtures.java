package net.adtelligent.adapters.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import net.adtelligent.domain.identity.Email;

/** Reading the outbox back: with a real MIME parser (Angus Mail), so the files are checked independently. */
final class OutboxFixtures {

    static final Email SENDER = new Email("ops@example.com");
    static final Instant NOW = Instant.parse("2026-11-26T08:15:00.123Z");

    private OutboxFixtures() {}

    /** Every file in the folder, sorted by name, hidden temporary files included. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }

    static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    static String raw(Path eml) throws IOException {
        return Files.readString(eml, UTF_8);
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
