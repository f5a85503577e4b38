package net.adtelligent.adapters.auth;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.adtelligent.ports.out.PasswordScreen;

/**
 * Guessability by zxcvbn (zxcvbn4j): its dictionaries hold the most common leaked passwords, names,
 * English words and keyboard patterns, and it weighs in the words given as user inputs (email, names).
 * A score under 3 of 0..4 (fewer than about 10^8 guesses) is refused, as zxcvbn's authors suggest
 * for accounts that matter.
 */
public final class ZxcvbnPasswordScreen implements PasswordScreen {

    public static final int MIN_SCORE = 3;
    /**
     * zxcvbn's matching grows faster than linearly with length, and the model allows 256 characters
     * (measured here: 256 random characters took 1.3 s, their first 100 took 55 ms, cold).
     * A password whose first 100 characters are hard to guess is hard to guess: the rest only adds,
     * so the estimate looks at that prefix and a long password costs no more than a 100-character one.
     */
    static final int MAX_MEASURED_LENGTH = 100;

    private static final String PREFIX = "is too easy to guess";
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    // Thread-safe after construction; building it loads the dictionaries, so do it once.
    private final Zxcvbn zxcvbn = new Zxcvbn();

    @Override
    public Option<String> weakness(String password, List<String> userInputs) {
        Objects.requireNonNull(password, "password");
        Strength strength = zxcvbn.measure(measured(password), words(userInputs));
        if (strength.getScore() >= MIN_SCORE) {
            return Option.none();
        }
        return Option.some(reason(strength.getFeedback()));
    }

    /**
     * Each input and its parts ("jane.doe@example.com" also gives "jane", "doe", "example"), so a
     * password built from pieces of the email is caught too. Lower-cased here in the root locale:
     * zxcvbn would use the server's, and a Turkish locale would not match "I" with "i".
     */
    private static List<String> words(List<String> userInputs) {
        if (userInputs == null) {
            return List.of();
        }
        return userInputs.stream()
                .filter(Objects::nonNull)
                .map(input -> input.toLowerCase(Locale.ROOT))
                .flatMap(input -> Stream.concat(Stream.of(input), Arrays.stream(SEPARATORS.split(input))))
                .filter(word -> word.length() >= 3)
                .distinct()
                .toList();
    }

    private static String measured(String password) {
        if (password.codePointCount(0, password.length()) <= MAX_MEASURED_LENGTH) {
            return password;
        }
        return password.substring(0, password.offsetByCodePoints(0, MAX_MEASURED_LENGTH));
    }

    /** zxcvbn's warning, else its first suggestion; English whatever the server's locale, like every other message. */
    private static String reason(Feedback feedback) {
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (warning != null && !warning.isBlank()) {
            return PREFIX + ": " + sentence(warning);
        }
        List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
        if (suggestions != null && !suggestions.isEmpty()) {
            return PREFIX + ": " + sentence(suggestions.get(0));
        }
        return PREFIX;
    }

    private static String sentence(String message) {
        String trimmed = message.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
