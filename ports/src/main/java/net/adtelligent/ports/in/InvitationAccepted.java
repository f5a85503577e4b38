package net.adtelligent.ports.in;

import java.util.Objects;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.tenant.Slug;

/** An invitation was accepted: the new membership, and the slug of the tenant joined, for the caller's next request. */
public record InvitationAccepted(Membership membership, Slug tenant) {

    public InvitationAccepted {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(tenant, "tenant");
    }
}
