package net.adtelligent.adapters.outbox;

import static net.adtelligent.adapters.outbox.OutboxFixtures.SENDER;
import static net.adtelligent.adapters.outbox.OutboxFixtures.files;
import static net.adtelligent.adapters.outbox.OutboxFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the outbox uses the folder: names in sending order, whole files only, owner-only access. */
class OutboxMailerFilesTest {

    private static final String NAME = "\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.eml";

    @TempDir
    Path temp;

    private static Mail mail(String subject) {
        return new Mail(new Email("ana@client.example"), subject, "text of " + subject);
    }

    @Test
    void send_givenMailsInOneMillisecondAndLater_namesSortInSendingOrder() throws Exception {
        OutboxFixtures.ManualClock clock = new OutboxFixtures.ManualClock();
        OutboxMailer mailer = new OutboxMailer(temp, SENDER, clock);

        mailer.send(mail("first"));
        mailer.send(mail("second")); // same millisecond
        clock.now = Instant.parse("2026-11-26T09:00:00Z");
        mailer.send(mail("third"));

        List<Path> files = files(temp);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .allMatch(name -> name.matches(NAME))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("20261126T081500.123Z-"),
                        second -> assertThat(second).startsWith("20261126T081500.124Z-"),
                        third -> assertThat(third).startsWith("20261126T090000.000Z-"));
        List<String> subjects = new ArrayList<>();
        for (Path file : files) {
            subjects.add(parse(file).getSubject());
        }
        assertThat(subjects).containsExactly("first", "second", "third");
    }

    @Test
    void send_givenMissingFolder_createsItOwnerOnlyAndLeavesOnlyOwnerOnlyEmlFiles() throws Exception {
        Path outbox = temp.resolve("data/outbox");
        new OutboxMailer(outbox, SENDER).send(mail("reset"));

        assertThat(files(outbox)).singleElement().satisfies(eml -> {
            assertThat(eml.getFileName().toString()).matches(NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(eml))).isEqualTo("rw-------");
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox))).isEqualTo("rwx------");
    }

    @Test
    void send_givenManyConcurrentSenders_writesEveryMailWholeUnderItsOwnName() throws Exception {
        OutboxMailer mailer = new OutboxMailer(temp, SENDER);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String subject = "mail " + i;
            sent.add(pool.submit(() -> mailer.send(mail(subject))));
        }
        for (Future<?> each : sent) {
            each.get();
        }
        pool.shutdown();

        List<Path> files = files(temp);
        assertThat(files).hasSize(80).allMatch(f -> f.getFileName().toString().matches(NAME));
        for (Path file : files) {
            var message = parse(file);
            assertThat(message.getContent()).isEqualTo("text of " + message.getSubject());
        }
    }

    @Test
    void send_givenFolderPathIsAFile_throwsOutboxExceptionNamingTheRecipientDomain() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("outbox"), "x");

        assertThatThrownBy(() -> new OutboxMailer(notAFolder, SENDER).send(mail("lost")))
                .isInstanceOf(OutboxException.class)
                .hasMessage("could not put the mail to a recipient at client.example into the outbox");
    }

    @Test
    void readiness_givenCreatableFolder_isUp() {
        ComponentHealth health = new OutboxMailer(temp.resolve("outbox"), SENDER).readiness().probe();

        assertThat(health).isEqualTo(new ComponentHealth("mail", true, "outbox folder is writable"));
        assertThat(temp.resolve("outbox")).isDirectory();
    }

    @Test
    void readiness_givenFolderPathIsAFile_isDown() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("outbox"), "x");

        assertThat(new OutboxMailer(notAFolder, SENDER).readiness().probe())
                .isEqualTo(new ComponentHealth("mail", false, "outbox folder cannot be created"));
    }
}
