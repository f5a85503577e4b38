package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.OAuthGrant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.OAuthGrantStore;

/** Consents in progress in memory. Thread-safe; units of work run one at a time, so the lock is the unit's. */
public final class InMemoryOAuthGrantStore implements OAuthGrantStore {

    private record Key(TenantId tenant, GrantId id) {
    }

    private final Map<Key, OAuthGrant> grants = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(OAuthGrant grant) {
        if (grants.keySet().stream().anyMatch(key -> key.id().equals(grant.id()))
                || grants.values().stream().anyMatch(known -> known.stateHash().equals(grant.stateHash()))) {
            throw new IllegalStateException("grant " + grant.id() + " or its state exists already");
        }
        Key key = new Key(grant.tenant(), grant.id());
        Undo.remember(grants, key);
        grants.put(key, grant);
    }

    @Override
    public synchronized void replace(OAuthGrant grant) {
        Key key = new Key(grant.tenant(), grant.id());
        if (!grants.containsKey(key)) {
            throw new IllegalStateException("no grant " + grant.id() + " to replace");
        }
        Undo.remember(grants, key);
        grants.put(key, grant);
    }

    @Override
    public Option<OAuthGrant> byId(TenantId tenant, GrantId id) {
        return Option.of(grants.get(new Key(tenant, id)));
    }

    @Override
    public Option<OAuthGrant> lockByStateHash(TenantId tenant, String stateHash) {
        return Option.ofOptional(grants.values().stream()
                .filter(grant -> grant.tenant().equals(tenant) && grant.stateHash().equals(stateHash)).findFirst());
    }
}
