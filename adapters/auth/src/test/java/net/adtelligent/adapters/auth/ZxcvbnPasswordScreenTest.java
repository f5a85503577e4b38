package net.adtelligent.adapters.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZxcvbnPasswordScreenTest {

    private static final String STRONG = "violet-kayak-thunder-27-mosaic";
    private final ZxcvbnPasswordScreen screen = new ZxcvbnPasswordScreen();

    @Test
    void weakness_givenCommonPassword_refusesWithTheReason() {
        assertThat(screen.weakness("password1234", List.of()))
                .containsExactly("is too easy to guess: This is a very common password");
    }

    @Test
    void weakness_givenKeyboardRowWithDigits_refuses() {
        assertThat(screen.weakness("qwertyuiop12", List.of()).get()).startsWith("is too easy to guess: ");
    }

    @Test
    void weakness_givenPasswordMadeOfTheUsersName_refusesOnlyWhenTheNameIsAnInput() {
        assertThat(screen.weakness("zyxwarbleton2024", List.of())).isEmpty();

        assertThat(screen.weakness("zyxwarbleton2024", List.of("Zyxwarbleton"))).isNotEmpty();
    }

    @Test
    void weakness_givenPasswordMadeOfAPartOfTheEmail_refuses() {
        assertThat(screen.weakness("zyxwarbleton2024", List.of("ann.zyxwarbleton@example.com"))).isNotEmpty();
    }

    @Test
    void weakness_givenRandomPassphrase_acceptsIt() {
        assertThat(screen.weakness(STRONG, List.of("jane.doe@example.com", "Acme Agency"))).isEmpty();
    }

    @Test
    void weakness_given256RandomCharacters_completesAndAccepts() {
        String longest = (STRONG + "-Qx7#").repeat(8).substring(0, 256);

        assertThat(screen.weakness(longest, List.of("jane.doe@example.com"))).isEmpty();
    }

    @Test
    void weakness_givenWeakFirst100CharactersAndStrongRest_refusesBecauseOnlyThePrefixCounts() {
        String password = "a".repeat(ZxcvbnPasswordScreen.MAX_MEASURED_LENGTH) + STRONG;

        assertThat(screen.weakness(password, List.of())).isNotEmpty();
        assertThat(screen.weakness("a".repeat(10) + STRONG, List.of())).isEmpty();
    }

    @Test
    void weakness_givenNullInputs_treatsThemAsNone() {
        assertThat(screen.weakness(STRONG, null)).isEmpty();
        assertThat(screen.weakness(STRONG, Arrays.asList("jane", null))).isEmpty();
    }
}
