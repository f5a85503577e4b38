package net.adtelligent.ports.in;

import java.time.Instant;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;

/** A member as the members list shows them. */
public record MemberView(UserId userId, Email email, Role role, Instant since) {
}
