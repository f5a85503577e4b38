package net.adtelligent.ports.out;

import io.vavr.control.Option;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.OAuthGrant;
import net.adtelligent.domain.tenant.TenantId;

/** Consents in progress, each tenant's own; a state is found only by the hash of its secret part. */
public interface OAuthGrantStore {

    void add(OAuthGrant grant);

    /** Replaces the stored grant of the same tenant and id. */
    void replace(OAuthGrant grant);

    Option<OAuthGrant> byId(TenantId tenant, GrantId id);

    /**
     * The grant whose state hashes so; in a unit of work it stays locked until the unit ends, so of
     * two callbacks with one state the second finds it spent.
     */
    Option<OAuthGrant> lockByStateHash(TenantId tenant, String stateHash);
}
