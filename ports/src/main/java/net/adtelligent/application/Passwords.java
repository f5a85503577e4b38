package net.adtelligent.application;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.domain.identity.PasswordRules;
import net.adtelligent.ports.out.PasswordHasher;
import net.adtelligent.ports.out.PasswordScreen;

/** Checks a new password (the model's rules, then the breach and guessability screen) and hashes it. */
final class Passwords {

    private final PasswordHasher hasher;
    private final PasswordScreen screen;

    Passwords(PasswordHasher hasher, PasswordScreen screen) {
        this.hasher = hasher;
        this.screen = screen;
    }

    Either<IdentityRejection, PasswordHash> hashNew(String field, String password, Email email, String... context) {
        var rules = PasswordRules.check(field, password, email);
        if (rules.isInvalid()) {
            return invalid(rules.getError());
        }
        List<String> inputs = new ArrayList<>(List.of(email.value(), email.localPart()));
        inputs.addAll(List.of(context));
        var weakness = screen.weakness(password, inputs);
        if (weakness.isDefined()) {
            return invalid(new FieldViolation(field, weakness.get()));
        }
        return Either.right(hasher.hash(password));
    }

    PasswordHasher hasher() {
        return hasher;
    }

    private static Either<IdentityRejection, PasswordHash> invalid(FieldViolation violation) {
        return Either.left(new IdentityRejection.Invalid(List.of(violation)));
    }
}
