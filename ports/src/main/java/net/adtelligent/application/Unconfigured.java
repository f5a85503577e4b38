package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AccessTokens;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.PasswordHasher;
import net.adtelligent.ports.out.PasswordScreen;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.Security;

/**
 * What the facade uses when the builder was given no security or no mailer: parts that refuse
 * every call and say which builder call is missing. An embedding service that acts only as
 * {@code Actor.system(...)} needs neither; one that signs users in must choose real ones. Refusing
 * is deliberate: a hasher that stored passwords in the clear or tokens anyone could forge would
 * work silently and be found too late; a mailer that dropped reset links would too.
 */
final class Unconfigured {

    static final String SECURITY = "Adtelligent.builder() was given no security(...), so passwords and access "
            + "tokens are refused: add the adtelligent-auth module and pass new Security(new Argon2PasswordHasher(), "
            + "new ZxcvbnPasswordScreen(), new JwtAccessTokens(SigningKeys...)) (see docs/embedding.md)";
    static final String MAILER = "Adtelligent.builder() was given no mailer(...), so no mail is sent: pass one, "
            + "e.g. new OutboxMailer(folder, sender) from the adtelligent-outbox module (see docs/embedding.md)";

    static final String NO_VAULT = "Adtelligent.builder() was given no secretVault(...), so connection credentials"
            + " can be neither sealed nor opened: pass a SecretVault (see docs/embedding.md)";

    private Unconfigured() {
    }

    static Mailer mailer() {
        return mail -> refuse(MAILER);
    }

    static Security security() {
        return new Security(new RefusingHasher(), (password, userInputs) -> refuse(SECURITY), new RefusingTokens());
    }

    static SecretVault secretVault() {
        return new SecretVault() {
            @Override
            public SealedSecret seal(TenantId tenant, SecretPurpose purpose, byte[] plaintext) {
                return refuse(NO_VAULT);
            }

            @Override
            public Either<OpenFailure, byte[]> open(TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
                return refuse(NO_VAULT);
            }

            @Override
            public String component() {
                return "secrets";
            }

            @Override
            public ComponentHealth probe() {
                return new ComponentHealth(component(), false, "not configured");
            }
        };
    }

    private static <T> T refuse(String why) {
        throw new IllegalStateException(why);
    }

    private static final class RefusingHasher implements PasswordHasher {

        @Override
        public PasswordHash hash(String password) {
            return refuse(SECURITY);
        }

        @Override
        public boolean verify(String password, PasswordHash hash) {
            return refuse(SECURITY);
        }
    }

    private static final class RefusingTokens implements AccessTokens {

        @Override
        public IssuedAccessToken issue(UserId user, Instant now) {
            return refuse(SECURITY);
        }

        @Override
        public Option<UserId> verify(String token, Instant now) {
            return refuse(SECURITY);
        }
    }
}
