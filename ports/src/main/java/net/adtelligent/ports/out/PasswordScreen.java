package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.util.List;

/** Refuses passwords found in breach and common-password lists, or otherwise easy to guess. */
public interface PasswordScreen {

    /**
     * Why the password is too weak, in words for the user; empty when it is strong enough.
     * userInputs are words an attacker would try first (the email, the tenant's name).
     */
    Option<String> weakness(String password, List<String> userInputs);
}
