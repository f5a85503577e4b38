package net.adtelligent.adapters.http;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.memory.InMemoryTenantStore;
import net.adtelligent.ports.out.TenantStore;

/** An in-memory store that, once told to, fails like a broken database: with a revealing message. */
final class FailingTenantStore implements TenantStore {

    static final String SECRET = "jdbc:postgresql://db.internal/adt?password=hunter2";

    final AtomicBoolean failing = new AtomicBoolean(false);
    private final InMemoryTenantStore delegate = new InMemoryTenantStore();

    @Override
    public Either<TenantRejection.SlugTaken, Tenant> add(Tenant tenant) {
        check();
        return delegate.add(tenant);
    }

    @Override
    public Option<Tenant> byId(TenantId id) {
        check();
        return delegate.byId(id);
    }

    @Override
    public Option<Tenant> bySlug(Slug slug) {
        check();
        return delegate.bySlug(slug);
    }

    @Override
    public List<Tenant> listAfter(Option<Slug> after, int limit) {
        check();
        return delegate.listAfter(after, limit);
    }

    @Override
    public void replace(Tenant tenant) {
        check();
        delegate.replace(tenant);
    }

    private void check() {
        if (failing.get()) {
            throw new IllegalStateException("connection refused: " + SECRET);
        }
    }
}
