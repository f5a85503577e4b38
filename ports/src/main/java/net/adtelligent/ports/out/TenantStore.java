package net.adtelligent.ports.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;

/** The directory of tenants. Slugs are unique, whatever runs concurrently. */
public interface TenantStore {

    /** Stores a new tenant, or answers SlugTaken and stores nothing. */
    Either<TenantRejection.SlugTaken, Tenant> add(Tenant tenant);

    Option<Tenant> byId(TenantId id);

    Option<Tenant> bySlug(Slug slug);

    /** At most limit tenants in slug order, starting after the given slug (from the first when empty). */
    List<Tenant> listAfter(Option<Slug> after, int limit);

    /** Replaces the stored tenant that has the same id; it must exist. */
    void replace(Tenant tenant);
}
