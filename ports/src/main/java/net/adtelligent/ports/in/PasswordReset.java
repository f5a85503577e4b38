package net.adtelligent.ports.in;

import io.vavr.control.Either;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.UserId;

public interface PasswordReset {

    /** Mails a reset link when the email belongs to an account; says nothing either way. */
    void request(String email, ClientInfo client);

    /** Sets the new password and ends every session (all refresh tokens) of the user. */
    Either<IdentityRejection, UserId> confirm(String token, String newPassword, ClientInfo client);
}
