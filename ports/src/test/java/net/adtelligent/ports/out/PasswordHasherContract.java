package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import net.adtelligent.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;

/** What every PasswordHasher must do. */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    @Test
    void verify_givenTheHashedPassword_isTrue() {
        PasswordHash hash = hasher().hash("correct horse battery staple");

        assertThat(hasher().verify("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void verify_givenAnotherPassword_isFalse() {
        PasswordHash hash = hasher().hash("correct horse battery staple");

        assertThat(hasher().verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher().verify("", hash)).isFalse();
    }

    @Test
    void hash_givenTheSamePasswordTwice_isSaltedDifferently() {
        assertThat(hasher().hash("correct horse battery staple")).isNotEqualTo(hasher().hash("correct horse battery staple"));
    }

    @Test
    void hash_givenPassword_neverContainsIt() {
        assertThat(hasher().hash("correct horse battery staple").encoded()).doesNotContain("horse");
    }

    @Test
    void verify_givenMalformedStoredHash_isFalseNotAnError() {
        assertThat(hasher().verify("anything", new PasswordHash("not a hash"))).isFalse();
    }
}
