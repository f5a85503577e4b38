package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.ChangeTenant;
import net.adtelligent.ports.in.FindTenants;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.RegisterTenant;
import net.adtelligent.ports.out.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class TenantService implements RegisterTenant, FindTenants, ChangeTenant {

    private static final Logger log = LoggerFactory.getLogger(TenantService.class);

    private final TenantStore store;
    private final Clock clock;

    TenantService(TenantStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Either<TenantRejection, Tenant> register(TenantDraft draft) {
        return Tenant.register(TenantId.random(), draft, clock.instant())
                .toEither()
                .<TenantRejection>mapLeft(violations -> new TenantRejection.Invalid(violations.toJavaList()))
                .flatMap(tenant -> store.add(tenant).mapLeft(taken -> taken))
                .peek(tenant -> log.info("tenant registered slug={} tenant_id={}", tenant.slug(), tenant.id()));
    }

    @Override
    public Option<Tenant> byId(TenantId id) {
        return store.byId(id);
    }

    @Override
    public Option<Tenant> bySlug(String slug) {
        return Slug.parse("slug", slug).toOption().flatMap(store::bySlug);
    }

    @Override
    public Either<TenantRejection, Page<Tenant>> list(PageQuery query) {
        return Cursors.afterSlug(query)
                .map(after -> {
                    // One more than asked tells whether another page exists, without a count query.
                    List<Tenant> found = store.listAfter(after, query.limit() + 1);
                    if (found.size() <= query.limit()) {
                        return new Page<>(found, Option.none());
                    }
                    List<Tenant> page = found.subList(0, query.limit());
                    return new Page<>(page, Option.of(Cursors.ofSlug(page.get(page.size() - 1).slug())));
                });
    }

    @Override
    public Either<TenantRejection, Tenant> change(String slug, TenantChanges changes) {
        Option<Tenant> found = bySlug(slug);
        if (found.isEmpty()) {
            return Either.left(new TenantRejection.NotFound(slug));
        }
        Tenant before = found.get();
        return before.change(changes, clock.instant())
                .peek(after -> {
                    if (after != before) {
                        store.replace(after);
                        log.info("tenant changed slug={} tenant_id={} status={}", after.slug(), after.id(), after.status().wireName());
                    }
                });
    }
}
