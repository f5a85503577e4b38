package net.adtelligent.ports.out;

import net.adtelligent.domain.identity.PasswordHash;

/** A slow, salted password hash (Argon2id). Deliberately expensive: tens of milliseconds a call. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean verify(String password, PasswordHash hash);
}
