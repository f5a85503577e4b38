package net.adtelligent.domain.identity;

import io.vavr.control.Validation;
import java.util.Locale;
import net.adtelligent.domain.FieldViolation;

/**
 * The rules every new password meets before it is hashed. Length first: at least 12 characters
 * (NIST SP 800-63B asks for 8 at least and recommends longer); at most 256, so hashing cannot be
 * turned into a denial of service. Breached and guessable passwords are refused on top of this by
 * the PasswordScreen port, which knows the dictionaries.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordRules() {
    }

    public static Validation<FieldViolation, String> check(String field, String password, Email email) {
        if (password == null || password.isEmpty()) {
            return invalid(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return invalid(field, "must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            return invalid(field, "must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.codePoints().distinct().count() < 4) {
            return invalid(field, "is too easy to guess: use more different characters");
        }
        String local = email.localPart().toLowerCase(Locale.ROOT);
        if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
            return invalid(field, "must not contain your email address");
        }
        return Validation.valid(password);
    }

    private static Validation<FieldViolation, String> invalid(String field, String reason) {
        return Validation.invalid(new FieldViolation(field, reason));
    }
}
