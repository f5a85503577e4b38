package net.adtelligent.adapters.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private final byte[] secret = SigningKeys.randomSecret();
    private final String standard = Base64.getEncoder().encodeToString(secret);

    @TempDir
    Path dir;

    @Test
    void parse_givenBase64OrBase64Url_derivesTheSameKeyId() {
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);

        assertThat(SigningKeys.parse(url, "").currentKeyId()).isEqualTo(SigningKeys.parse(standard, null).currentKeyId())
                .hasSize(11);
    }

    @Test
    void parse_givenPreviousKeys_verifiesWithAllCurrentFirst() {
        String previous = Base64.getEncoder().encodeToString(SigningKeys.randomSecret());
        SigningKeys keys = SigningKeys.parse(standard, " " + previous + " ,");

        assertThat(keys.keyIds()).hasSize(2).startsWith(keys.currentKeyId());
    }

    @Test
    void parse_givenShortKey_namesTheSettingAndTheMinimum() {
        assertThatThrownBy(() -> SigningKeys.parse(Base64.getEncoder().encodeToString(new byte[16]), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ADT_JWT_SIGNING_KEY must be at least 32 bytes of base64")
                .hasMessageEndingWith("it has 16");
    }

    @Test
    void parse_givenNotBase64OrEmpty_namesTheSettingWithoutEchoingTheValue() {
        assertThatThrownBy(() -> SigningKeys.parse("s3cret!value*with*stars-that-is-long-enough", null))
                .hasMessageContaining("ADT_JWT_SIGNING_KEY").hasMessageEndingWith("it is not base64")
                .message().doesNotContain("s3cret");
        assertThatThrownBy(() -> SigningKeys.parse(" ", null)).hasMessageEndingWith("it is empty");
        assertThatThrownBy(() -> SigningKeys.parse(standard, standard + ",abc"))
                .hasMessageStartingWith("ADT_JWT_PREVIOUS_KEYS entry 2 must be at least 32 bytes");
    }

    @Test
    void toString_givenKeys_showsKeyIdsButNoKeyMaterial() {
        SigningKeys keys = SigningKeys.parse(standard, null);

        assertThat(keys.toString()).contains(keys.currentKeyId()).doesNotContain(standard, standard.substring(0, 8));
        assertThat(new JwtAccessTokens(keys).toString()).doesNotContain(standard.substring(0, 8));
    }

    @Test
    void loadOrCreate_givenNoFile_createsAnOwnerOnlyFileAndReadsTheSameKeyBack() throws IOException {
        Path file = dir.resolve("data/jwt-signing.key");

        SigningKeys created = SigningKeys.loadOrCreate(file);

        assertThat(SigningKeys.loadOrCreate(file).currentKeyId()).isEqualTo(created.currentKeyId());
        assertThat(SigningKeys.loadOrCreate(file).keyIds()).hasSize(1);
        assumeThat(file.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void loadOrCreate_givenFileWithANewKeyOnTop_signsWithItAndStillVerifiesTheOld() throws IOException {
        Path file = dir.resolve("jwt-signing.key");
        String old = SigningKeys.loadOrCreate(file).currentKeyId();
        Files.writeString(file, standard + "\n" + Files.readString(file));

        SigningKeys rotated = SigningKeys.loadOrCreate(file);

        assertThat(rotated.currentKeyId()).isEqualTo(SigningKeys.parse(standard, null).currentKeyId());
        assertThat(rotated.keyIds()).containsExactly(rotated.currentKeyId(), old);
    }

    @Test
    void loadOrCreate_givenFileWithABadLine_namesTheFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("jwt-signing.key"), "# keys\n\nc2hvcnQ=\n");

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 3 of " + file + " must be at least 32 bytes of base64");
    }

    @Test
    void loadOrCreate_givenUnreadableFile_failsWithTheFileName() throws IOException {
        Path folderInstead = Files.createDirectory(dir.resolve("jwt-signing.key"));

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(folderInstead))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read the JWT signing key file " + folderInstead);
    }

    @Test
    void generate_givenTwoCalls_makesDifferentKeys() {
        assertThat(SigningKeys.generate().currentKeyId()).isNotEqualTo(SigningKeys.generate().currentKeyId());
    }

    @Test
    void derivedKey_givenPurposes_isStablePerKeyAndPurposeAndNotTheKey() {
        byte[] raw = new byte[32];
        raw[0] = 7;
        String key = Base64.getEncoder().encodeToString(raw);
        byte[] other = new byte[32];
        other[0] = 8;

        byte[] fingerprints = SigningKeys.parse(key, null).derivedKey("fingerprints");

        assertThat(fingerprints).hasSize(32).isNotEqualTo(raw)
                .isEqualTo(SigningKeys.parse(key, null).derivedKey("fingerprints"))
                .isNotEqualTo(SigningKeys.parse(key, null).derivedKey("something else"))
                .isNotEqualTo(SigningKeys.parse(Base64.getEncoder().encodeToString(other), null).derivedKey("fingerprints"));
    }
}
