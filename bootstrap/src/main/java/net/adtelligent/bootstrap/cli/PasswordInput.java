package net.adtelligent.bootstrap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.adtelligent.bootstrap.ConfigurationException;

/**
 * A new account's password as an operator gives it: at a prompt that does not echo, asked twice,
 * or as one line of standard input. Never an argument, which shell histories and process lists keep.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static String read(boolean fromStdin) {
        return fromStdin ? firstLineOfStdin() : prompt();
    }

    private static String firstLineOfStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new ConfigurationException("--password-stdin: standard input was empty");
            }
            return line;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String prompt() {
        if (System.console() == null) {
            throw new ConfigurationException("no terminal to ask for the password: pipe it in with --password-stdin");
        }
        char[] first = System.console().readPassword("Password for the new user: ");
        char[] second = System.console().readPassword("Once more: ");
        if (first == null || second == null || !new String(first).equals(new String(second))) {
            throw new ConfigurationException("the two passwords differ");
        }
        return new String(first);
    }
}
