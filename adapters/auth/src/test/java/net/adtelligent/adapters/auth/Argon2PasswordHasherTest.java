package net.adtelligent.adapters.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.adtelligent.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class Argon2PasswordHasherTest {

    private static final String PASSWORD = "violet-kayak-thunder-27";
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void verify_givenTheHashedPassword_answersTrue() {
        assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isTrue();
    }

    @Test
    void verify_givenAnotherPassword_answersFalse() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify("violet-kayak-thunder-28", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void hash_givenOnePasswordTwice_differsBySalt() {
        assertThat(hasher.hash(PASSWORD).encoded()).isNotEqualTo(hasher.hash(PASSWORD).encoded());
    }

    @Test
    void hash_givenAPassword_namesArgon2idAndItsParameters() {
        String[] parts = hasher.hash(PASSWORD).encoded().split("\\$");

        // "", "argon2id", "v=19", "m=19456,t=2,p=1", salt, tag
        assertThat(parts).hasSize(6);
        assertThat(parts[1]).isEqualTo("argon2id");
        assertThat(parts[3]).isEqualTo("m=19456,t=2,p=1");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(Argon2PasswordHasher.SALT_LENGTH);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(Argon2PasswordHasher.OUTPUT_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "$argon2id$", "$argon2id$v=19$m=19456,t=2,p=1$!!$!!",
            "$argon2id$v=19$m=x,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"})
    void verify_givenMalformedOrForeignStoredHash_answersFalse(String stored) {
        assertThat(hasher.verify(PASSWORD, new PasswordHash(stored))).isFalse();
    }

    @Test
    void verify_givenStoredHashAskingForGigabytes_answersFalseWithoutRunningIt() {
        String[] parts = hasher.hash(PASSWORD).encoded().split("\\$");
        String greedy = "$argon2id$v=19$m=4194304,t=2,p=1$" + parts[4] + "$" + parts[5];

        assertThat(hasher.verify(PASSWORD, new PasswordHash(greedy))).isFalse();
    }

    @Test
    void verify_givenHashMadeWithOtherParameters_checksWithTheStoredOnes() {
        // What a later change of the constants leaves behind: old rows must still log in.
        Argon2Function older = Argon2Function.getInstance(12_288, 3, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        byte[] salt = "sixteen byte salt".getBytes(StandardCharsets.UTF_8);
        String stored = older.hash(PASSWORD.getBytes(StandardCharsets.UTF_8), salt).getResult();

        assertThat(hasher.verify(PASSWORD, new PasswordHash(stored))).isTrue();
    }

    @Test
    void hashAndVerify_givenNoPsw4jPropertiesFile_logNoWarnings() {
        Logger password4j = (Logger) LoggerFactory.getLogger("com.password4j");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        password4j.addAppender(events);
        try {
            hasher.verify(PASSWORD, hasher.hash(PASSWORD));
        } finally {
            password4j.detachAppender(events);
        }

        assertThat(events.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }
}
