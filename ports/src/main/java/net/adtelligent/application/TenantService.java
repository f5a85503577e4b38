package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ChangeTenant;
import net.adtelligent.ports.in.FindTenants;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.RegisterTenant;
import net.adtelligent.ports.in.system.TenantDirectory;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class TenantService implements RegisterTenant, FindTenants, ChangeTenant, TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantService.class);

    private final TenantStore store;
    private final MembershipStore memberships;
    private final AccessControl access;
    private final UnitOfWork units;
    private final AuditTrail audit;
    private final Clock clock;

    TenantService(TenantStore store, MembershipStore memberships, AccessControl access, UnitOfWork units,
                  AuditTrail audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.memberships = Objects.requireNonNull(memberships, "memberships");
        this.access = Objects.requireNonNull(access, "access");
        this.units = Objects.requireNonNull(units, "units");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Either<Rejection, Tenant> register(Actor actor, TenantDraft draft) {
        // The tenant, its first owner and the audit event: all three or none.
        return units.decide(() -> Tenant.register(TenantId.random(), draft, clock.instant())
                .toEither()
                .<Rejection>mapLeft(violations -> new TenantRejection.Invalid(violations.toJavaList()))
                .flatMap(tenant -> store.add(tenant).<Rejection>mapLeft(taken -> taken))
                .peek(tenant -> {
                    actor.user().forEach(user -> memberships.put(new Membership(tenant.id(), user, Role.OWNER, tenant.createdAt())));
                    audit.tenant(actor, tenant.id(), AuditAction.TENANT_REGISTERED, "tenant", tenant.slug().value(),
                            Map.of("display_name", tenant.displayName().value()));
                }))
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
    public Either<Rejection, Page<Tenant>> list(Actor actor, PageQuery query) {
        return Cursors.afterSlug(query).<Rejection>mapLeft(rejection -> rejection).map(after -> {
            // One more than asked tells whether another page exists, without a count query.
            List<Tenant> found = actor.isSystem()
                    ? store.listAfter(after, query.limit() + 1)
                    : membersTenantsAfter(actor, after, query.limit() + 1);
            if (found.size() <= query.limit()) {
                return new Page<>(found, Option.none());
            }
            List<Tenant> page = found.subList(0, query.limit());
            return new Page<>(page, Option.of(Cursors.ofSlug(page.get(page.size() - 1).slug())));
        });
    }

    // A user belongs to a handful of tenants (an agency to some hundreds): read them all, page in memory.
    private List<Tenant> membersTenantsAfter(Actor actor, Option<Slug> after, int limit) {
        return memberships.ofUser(actor.user().get()).stream()
                .flatMap(membership -> store.byId(membership.tenantId()).toJavaStream())
                .filter(tenant -> after.isEmpty() || tenant.slug().value().compareTo(after.get().value()) > 0)
                .sorted(Comparator.comparing(tenant -> tenant.slug().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public Either<Rejection, Tenant> change(Actor actor, Slug slug, TenantChanges changes) {
        return units.decide(() -> access.access(actor, slug, Permission.CHANGE_TENANT).flatMap(granted -> {
            Tenant before = granted.tenant();
            return before.change(changes, clock.instant()).<Rejection>mapLeft(rejection -> rejection).peek(after -> {
                if (after != before) {
                    store.replace(after);
                    audit.tenant(actor, after.id(), AuditAction.TENANT_CHANGED, "tenant", after.slug().value(), Map.of(
                            "display_name", after.displayName().value(), "status", after.status().wireName()));
                    log.info("tenant changed slug={} tenant_id={} status={}", after.slug(), after.id(), after.status().wireName());
                }
            });
        }));
    }
}
