package net.adtelligent.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ada@Example.COM", " ada@example.com ", "a.b+tag@sub.example.co.uk"})
    void parse_givenAddress_keepsItInLowerCase(String text) {
        assertThat(Email.parse("email", text).get().value()).isEqualTo(text.strip().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.com", "ada@example", "a da@example.com", "ada@exa mple.com",
        "a\u0000da@example.com", "ada@exa\u0007mple.com"})
    void parse_givenNonAddress_isRefusedNamingTheField(String text) {
        var result = Email.parse("email", text);

        assertThat(result.isInvalid()).isTrue();
        assertThat(result.getError().field()).isEqualTo("email");
    }
}
