package net.adtelligent.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import net.adtelligent.domain.secret.OpenFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local keyring's file: created owner-only, refused when shared, rotated by a new first line. */
class LocalKeyringTest {

    private static final Map<String, String> CONTEXT = Map.of("tenant_id", "t-1", "purpose", "connection-credentials");

    @TempDir
    Path dataDir;

    @Test
    void openOrCreate_givenNoFile_createsOneTheOwnerAloneMayRead() throws Exception {
        Path file = dataDir.resolve("nested").resolve("kms-keyring");

        LocalKeyring keyring = LocalKeyring.openOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(keyring.currentKeyId()).matches("local/[0-9a-f]{16}");
        assertThat(LocalKeyring.openOrCreate(file).currentKeyId()).as("the same key next start")
                .isEqualTo(keyring.currentKeyId());
    }

    @Test
    void openOrCreate_givenAFileOthersMayRead_refusesNamingTheFileAndTheFix() throws Exception {
        Path file = dataDir.resolve("kms-keyring");
        LocalKeyring.openOrCreate(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> LocalKeyring.openOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("rw-r--r--")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void openOrCreate_givenALineThatIsNoKey_refusesNamingTheLine() throws Exception {
        Path file = dataDir.resolve("kms-keyring");
        Files.writeString(file, "# keys\nbm90LWEta2V5\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> LocalKeyring.openOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2 of the local keyring")
                .hasMessageContaining("not 32");
    }

    @Test
    void decrypt_givenANewKeyOnTop_stillUnwrapsWhatTheOldOneWrappedAndReEncryptMovesIt() throws Exception {
        Path file = dataDir.resolve("kms-keyring");
        LocalKeyring before = LocalKeyring.openOrCreate(file);
        KeyService.GeneratedDataKey made = before.generateDataKey(CONTEXT);
        String newKey = Base64.getEncoder().encodeToString(Aead.random(32));
        Files.writeString(file, newKey + "\n" + Files.readString(file), StandardCharsets.UTF_8);

        LocalKeyring after = LocalKeyring.openOrCreate(file);
        assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
        byte[] wrapped = made.wrapped().bytes();
        assertThat(after.decrypt(wrapped, before.currentKeyId(), CONTEXT).get()).isEqualTo(made.plaintext());

        KeyService.WrappedKey moved = after.reEncrypt(wrapped, before.currentKeyId(), CONTEXT, after.currentKeyId()).get();
        assertThat(moved.masterKeyId()).isEqualTo(after.currentKeyId());
        assertThat(after.decrypt(moved.bytes(), after.currentKeyId(), CONTEXT).get()).isEqualTo(made.plaintext());
    }

    @Test
    void decrypt_givenAnotherContextOrAnUnknownKey_isAFailureValue() {
        LocalKeyring keyring = LocalKeyring.openOrCreate(dataDir.resolve("kms-keyring"));
        KeyService.GeneratedDataKey made = keyring.generateDataKey(CONTEXT);
        byte[] wrapped = made.wrapped().bytes();

        assertThat(keyring.decrypt(wrapped, keyring.currentKeyId(), Map.of("tenant_id", "t-2", "purpose", "connection-credentials")))
                .isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
        assertThat(keyring.decrypt(wrapped, "local/0000000000000000", CONTEXT))
                .isEqualTo(Either.left(OpenFailure.UNKNOWN_KEY));
        assertThat(keyring.decrypt(new byte[3], keyring.currentKeyId(), CONTEXT))
                .isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
    }
}
