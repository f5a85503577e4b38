package net.adtelligent.testing;

import java.security.SecureRandom;
import java.util.HexFormat;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.ports.out.PasswordHasher;

/** A salted but fast hash, so tests that log in a hundred times stay quick. Never for production. */
public final class FastPasswordHasher implements PasswordHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public PasswordHash hash(String password) {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        String hexSalt = HexFormat.of().formatHex(salt);
        return new PasswordHash("fast$" + hexSalt + "$" + OpaqueToken.hashOf(hexSalt + password));
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        return parts.length == 3 && parts[2].equals(OpaqueToken.hashOf(parts[1] + password));
    }
}
