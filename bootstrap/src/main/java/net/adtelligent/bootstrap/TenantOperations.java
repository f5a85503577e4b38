package net.adtelligent.bootstrap;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;

/**
 * `tenants create` and `tenants list`: the first tenant of a fresh install and its owner, through
 * the same use case (and so the same checks and audit event) as POST /api/tenants/.
 */
public final class TenantOperations {

    /** The use case names fields as the API does; an operator typed options. */
    private static final Map<String, String> OPTION_OF_FIELD = Map.of(
            "slug", "--slug", "display_name", "--name", "reporting_currency", "--currency",
            "reporting_time_zone", "--time-zone", "email", "--owner");

    private static final String COMMAND = "adtelligent tenants create";

    private TenantOperations() {
    }

    /**
     * Registers the tenant with {@code ownerEmail} as its owner, creating that account first unless
     * it exists (an existing account keeps its password, so {@code password} is asked only for a
     * new one). Everything is checked before anything is stored, so a typo leaves nothing behind.
     */
    public static String create(Settings settings, TenantDraft draft, String ownerEmail, Supplier<String> password) {
        throwIfInvalid(Tenant.register(TenantId.random(), draft, Instant.EPOCH).fold(
                violations -> new TenantRejection.Invalid(violations.toJavaList()), valid -> null));
        return Operations.withCore(settings, core -> {
            if (core.tenantDirectory().bySlug(draft.slug()).isDefined()) {
                throw new ConfigurationException("--slug: a tenant '" + draft.slug() + "' exists already");
            }
            User owner = core.manageUsers().byEmail(ownerEmail).getOrElse(() -> core.manageUsers()
                    .createUser(Actor.system(COMMAND), ownerEmail, password.get())
                    .getOrElseThrow(TenantOperations::refused));
            // Registered as the owner's act from this machine: the use case makes them its owner in
            // the same transaction as the tenant and its audit event.
            Tenant tenant = core.registerTenant()
                    .register(Actor.user(owner.id(), ClientInfo.local(COMMAND)), draft)
                    .getOrElseThrow(TenantOperations::refused);
            return "Tenant " + tenant.slug().value() + " (" + tenant.displayName().value() + ") registered; "
                    + owner.email().value() + " is its owner.";
        });
    }

    /** Every tenant, a line each, in slug order. */
    public static List<Tenant> list(Settings settings) {
        return Operations.withCore(settings, TenantOperations::all);
    }

    private static List<Tenant> all(Adtelligent core) {
        Actor operator = Actor.system("adtelligent tenants list");
        List<Tenant> tenants = new ArrayList<>();
        Option<String> cursor = Option.none();
        do {
            Page<Tenant> page = core.findTenants().list(operator, new PageQuery(cursor, PageQuery.MAX_LIMIT))
                    .getOrElseThrow(rejection -> new RefusedException("cannot list the tenants", rejection));
            tenants.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isDefined());
        return tenants;
    }

    private static void throwIfInvalid(Rejection rejection) {
        if (rejection != null) {
            throw refused(rejection);
        }
    }

    /** "--currency must be ...; --owner must be an address": the options to change, each with its reason. */
    private static RuntimeException refused(Rejection rejection) {
        if (rejection.violations().isEmpty()) {
            return new RefusedException("cannot create the tenant", rejection);
        }
        List<String> reasons = new ArrayList<>();
        for (FieldViolation violation : rejection.violations()) {
            reasons.add(OPTION_OF_FIELD.getOrDefault(violation.field(), violation.field()) + " " + violation.reason());
        }
        return new ConfigurationException("cannot create the tenant: " + String.join("; ", reasons));
    }
}
