package net.adtelligent.ports.in;

import java.time.Instant;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.identity.Role;

/** An invitation went out by mail; the token is only in the mail, the id names it for revoking. */
public record InvitationSent(InvitationId id, Email email, Role role, Instant expiresAt) {
}
