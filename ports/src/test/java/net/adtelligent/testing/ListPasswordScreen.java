package net.adtelligent.testing;

import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.adtelligent.ports.out.PasswordScreen;

/** Refuses a few well-known passwords and any containing a user input; enough for use-case tests. */
public final class ListPasswordScreen implements PasswordScreen {

    public static final Set<String> COMMON = Set.of("password1234", "qwertyuiop12", "123456789012", "letmein12345");

    @Override
    public Option<String> weakness(String password, List<String> userInputs) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Option.of("is too easy to guess: it is a common password");
        }
        boolean personal = userInputs.stream().filter(input -> input.length() >= 4)
                .anyMatch(input -> lower.contains(input.toLowerCase(Locale.ROOT)));
        return personal ? Option.of("is too easy to guess: it contains your name or email") : Option.none();
    }
}
