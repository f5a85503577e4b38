package net.adtelligent.domain.connection;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a connector's credentials, under the name the platform's Airbyte connector uses, so
 * an operator can copy values across. {@code secret}: a token or key that grants access; the others
 * (a client id, a manager account) identify but do not unlock. Every field is stored sealed all the same.
 *
 * @param format what a valid value looks like, in words, for the person typing it
 * @param pattern the whole value must match it
 */
public record CredentialField(String name, boolean secret, boolean required, String format, Pattern pattern) {

    public CredentialField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pattern, "pattern");
    }

    static CredentialField secret(String name, String format, String regex) {
        return new CredentialField(name, true, true, format, Pattern.compile(regex));
    }

    static CredentialField plain(String name, String format, String regex) {
        return new CredentialField(name, false, true, format, Pattern.compile(regex));
    }

    CredentialField optional() {
        return new CredentialField(name, secret, false, format, pattern);
    }

    boolean accepts(String value) {
        return pattern.matcher(value).matches();
    }
}
