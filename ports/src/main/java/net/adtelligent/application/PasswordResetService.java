package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.OneTimeToken;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.in.PasswordReset;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.OneTimeTokenStore;
import net.adtelligent.ports.out.RefreshTokenStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class PasswordResetService implements PasswordReset {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);
    private static final IdentityRejection INVALID = new IdentityRejection.InvalidToken("password reset");

    private final UserStore users;
    private final OneTimeTokenStore tokens;
    private final RefreshTokenStore refreshTokens;
    private final Passwords passwords;
    private final Mailer mailer;
    private final URI publicUrl;
    private final UnitOfWork units;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordResetService(UserStore users, OneTimeTokenStore tokens, RefreshTokenStore refreshTokens, Passwords passwords,
                         Mailer mailer, URI publicUrl, UnitOfWork units, AuditTrail audit, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void request(String email, ClientInfo client) {
        Option<User> user = Email.parse("email", email).toOption().flatMap(users::byEmail).filter(User::canLogIn);
        if (user.isEmpty()) {
            return;
        }
        OpaqueToken token = OpaqueToken.generate();
        OneTimeToken stored = OneTimeToken.issue(token.hash(), OneTimeToken.Purpose.PASSWORD_RESET, user.get().id(), clock.instant());
        units.inSystem(() -> {
            tokens.add(stored);
            audit.account(Option.of(user.get().id()), client, AuditAction.PASSWORD_RESET_REQUESTED, "user",
                    user.get().id().toString(), Map.of());
            return stored;
        });
        try { // after the commit: the link in the mail points at a stored token
            mailer.send(MailTexts.passwordReset(user.get().email(), publicUrl, token.plain(), stored.expiresAt()));
        } catch (RuntimeException failure) {
            // The requester is told nothing either way; the operator sees it here.
            log.error("password reset mail not sent user_id={}", user.get().id(), failure);
        }
    }

    @Override
    public Either<IdentityRejection, UserId> confirm(String token, String newPassword, ClientInfo client) {
        Instant now = clock.instant();
        String hash = OpaqueToken.hashOf(token == null ? "" : token);
        // Check the password before spending the token, so a refused password does not cost the link.
        Option<User> user = tokens.find(hash, OneTimeToken.Purpose.PASSWORD_RESET, now)
                .flatMap(found -> users.byId(found.userId()));
        if (user.isEmpty()) {
            return Either.left(INVALID);
        }
        // Hashed before the unit; spending the token, the new password and revoking sessions: all or none.
        return passwords.hashNew("password", newPassword, user.get().email()).flatMap(hashed -> units.decide(() -> {
            if (tokens.use(hash, OneTimeToken.Purpose.PASSWORD_RESET, now).isEmpty()) {
                return Either.left(INVALID);
            }
            users.replace(user.get().withPassword(hashed, now));
            // Every other link mailed to the user ends too: a reset is the owner's answer to whatever
            // made them ask, and an older mail must not set the password again.
            tokens.revokeAllOf(user.get().id(), OneTimeToken.Purpose.PASSWORD_RESET, now);
            refreshTokens.revokeAllOf(user.get().id(), now);
            audit.account(Option.of(user.get().id()), client, AuditAction.PASSWORD_RESET_COMPLETED, "user",
                    user.get().id().toString(), Map.of());
            return Either.<IdentityRejection, UserId>right(user.get().id());
        }));
    }
}
