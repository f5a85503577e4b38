package net.adtelligent.memory;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.out.TenantStore;

/** Tenants in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryTenantStore implements TenantStore {

    private final NavigableMap<String, Tenant> bySlug = new ConcurrentSkipListMap<>();
    private final Map<TenantId, Tenant> byId = new ConcurrentHashMap<>();

    @Override
    public synchronized Either<TenantRejection.SlugTaken, Tenant> add(Tenant tenant) {
        if (bySlug.containsKey(tenant.slug().value()) || byId.containsKey(tenant.id())) {
            return Either.left(new TenantRejection.SlugTaken(tenant.slug()));
        }
        remember(tenant);
        bySlug.put(tenant.slug().value(), tenant);
        byId.put(tenant.id(), tenant);
        return Either.right(tenant);
    }

    @Override
    public Option<Tenant> byId(TenantId id) {
        return Option.of(byId.get(id));
    }

    @Override
    public Option<Tenant> bySlug(Slug slug) {
        return Option.of(bySlug.get(slug.value()));
    }

    @Override
    public List<Tenant> listAfter(Option<Slug> after, int limit) {
        var tail = after.isEmpty() ? bySlug : bySlug.tailMap(after.get().value(), false);
        return tail.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized void replace(Tenant tenant) {
        Tenant stored = byId.get(tenant.id());
        if (stored == null || !stored.slug().equals(tenant.slug())) {
            throw new IllegalArgumentException("no stored tenant " + tenant.id() + " with slug " + tenant.slug());
        }
        remember(tenant);
        bySlug.put(tenant.slug().value(), tenant);
        byId.put(tenant.id(), tenant);
    }

    private void remember(Tenant tenant) {
        Undo.remember(bySlug, tenant.slug().value());
        Undo.remember(byId, tenant.id());
    }
}
