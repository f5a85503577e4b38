package net.adtelligent.adapters.auth;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.ports.out.PasswordHasher;

/**
 * Argon2id through password4j, with every parameter spelled out. password4j's defaults (and the
 * psw4j.properties file it looks for) are below OWASP's minimum, and each default it falls back to
 * logs a warning; this class never asks it for one: the function is built from the constants below
 * and the salt comes from our own SecureRandom, so no properties file is needed and nothing is logged.
 *
 * <p>Unknown users: callers hash a random dummy password once, through the port, and verify against
 * it when an email is unknown (AuthService does), so a failed login costs one Argon2 run either way.
 * That works with any PasswordHasher and keeps the dummy on the current parameters.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** OWASP Password Storage Cheat Sheet, first Argon2id option: 19 MiB, two passes, one lane. */
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    /** 256-bit tag and 128-bit salt, the sizes RFC 9106 recommends. */
    public static final int OUTPUT_LENGTH = 32;
    public static final int SALT_LENGTH = 16;

    // "$argon2id$v=19$m=19456,t=2,p=1$salt$tag": the parameters are read before password4j sees
    // the hash, because it allocates m KiB as soon as it builds a function (and caches it for good).
    private static final Pattern STORED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,4}),p=(\\d{1,3})\\$[A-Za-z0-9+/]+={0,2}\\$[A-Za-z0-9+/]+={0,2}");
    // A stored hash asking for more than this is corrupt, not an upgrade: refuse it rather than
    // run out of memory or spin for minutes.
    private static final int MAX_MEMORY_KIB = 128 * 1024;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 8;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(
            MEMORY_KIB, ITERATIONS, PARALLELISM, OUTPUT_LENGTH, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    private final SecureRandom random = new SecureRandom();

    @Override
    public PasswordHash hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        return new PasswordHash(ARGON2.hash(password.getBytes(StandardCharsets.UTF_8), salt).getResult());
    }

    /**
     * Checks with the parameters recorded in the stored hash, not the current ones, so raising the
     * constants later keeps existing hashes valid. Anything that is not an Argon2id hash, or that
     * password4j cannot decode, is a mismatch: a corrupt row must not turn a login into a 500.
     */
    @Override
    public boolean verify(String password, PasswordHash hash) {
        if (password == null || hash == null || !withinBounds(hash.encoded())) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(hash.encoded()).check(
                    password.getBytes(StandardCharsets.UTF_8), hash.encoded().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static boolean withinBounds(String encoded) {
        Matcher stored = STORED.matcher(encoded);
        return stored.matches()
                && Integer.parseInt(stored.group(1)) <= MAX_MEMORY_KIB
                && Integer.parseInt(stored.group(2)) <= MAX_ITERATIONS
                && Integer.parseInt(stored.group(3)) <= MAX_PARALLELISM;
    }

    @Override
    public String toString() {
        return "Argon2PasswordHasher[m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "]";
    }
}
