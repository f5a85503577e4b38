package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every PasswordScreen must do. */
public abstract class PasswordScreenContract {

    protected abstract PasswordScreen screen();

    @Test
    void weakness_givenCommonPassword_explainsWhy() {
        assertThat(screen().weakness("password1234", List.of()).get()).startsWith("is too easy to guess");
    }

    @Test
    void weakness_givenPasswordBuiltFromTheUsersEmail_isRefused() {
        assertThat(screen().weakness("zyxwarbleton2026", List.of("zyxwarbleton@example.com", "zyxwarbleton")))
                .isNotEmpty();
    }

    @Test
    void weakness_givenLongRandomPassphrase_isEmpty() {
        assertThat(screen().weakness("vivid-otter-quilt-91-harbor", List.of("ada@example.com"))).isEmpty();
    }
}
