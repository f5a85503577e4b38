package net.adtelligent.adapters.postgres;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.out.TenantStore;

/** The tenants directory. It is the root every tenant-scoped table points at, so it is not tenant-scoped itself. */
final class PostgresTenantStore implements TenantStore {

    private static final TenantRowMapper TENANT = new TenantRowMapper();

    private final Transactions transactions;
    private final RecentReads<Slug, Option<Tenant>> recent;

    PostgresTenantStore(Transactions transactions, RecentReads<Slug, Option<Tenant>> recent) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    /**
     * "On conflict do nothing" waits for a concurrent insert of the same slug to commit and then
     * inserts nothing: the row count tells, without an exception to catch. A repeated id is
     * still an error: ids are random, so that is a bug, not a race.
     */
    @Override
    public Either<TenantRejection.SlugTaken, Tenant> add(Tenant tenant) {
        int inserted = transactions.inDirectory(handle -> handle.createUpdate("""
                        insert into tenants (%s)
                        values (:id, :slug, :display_name, :reporting_currency, :reporting_time_zone,
                                :status, :created_at, :updated_at)
                        on conflict (slug) do nothing
                        """.formatted(TenantRowMapper.COLUMNS))
                .bind("id", tenant.id().value())
                .bind("slug", tenant.slug().value())
                .bind("display_name", tenant.displayName().value())
                .bind("reporting_currency", tenant.reportingCurrency().getCurrencyCode())
                .bind("reporting_time_zone", tenant.reportingTimeZone().getId())
                .bind("status", tenant.status().wireName())
                .bind("created_at", utc(tenant.createdAt()))
                .bind("updated_at", utc(tenant.updatedAt()))
                .execute());
        recent.forget(tenant.slug());
        return inserted == 1 ? Either.right(tenant) : Either.left(new TenantRejection.SlugTaken(tenant.slug()));
    }

    @Override
    public Option<Tenant> byId(TenantId id) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("select " + TenantRowMapper.COLUMNS + " from tenants where id = :id")
                .bind("id", id.value())
                .map(TENANT)
                .findOne()));
    }

    @Override
    public Option<Tenant> bySlug(Slug slug) {
        return recent.get(slug);
    }

    /** The lookup {@link #bySlug} keeps for a moment; the database builds its {@link RecentReads} with it. */
    static Option<Tenant> read(Transactions transactions, Slug slug) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("select " + TenantRowMapper.COLUMNS + " from tenants where slug = :slug")
                .bind("slug", slug.value())
                .map(TENANT)
                .findOne()));
    }

    /** Keyset paging: the empty string sorts before every slug, so it stands for "from the first". */
    @Override
    public List<Tenant> listAfter(Option<Slug> after, int limit) {
        return transactions.inDirectory(handle -> handle.createQuery("""
                        select %s from tenants
                        where slug > :after
                        order by slug
                        limit :limit
                        """.formatted(TenantRowMapper.COLUMNS))
                .bind("after", after.map(Slug::value).getOrElse(""))
                .bind("limit", limit)
                .map(TENANT)
                .list());
    }

    /** Only what a tenant may change: slug, currency and time zone are fixed at registration. */
    @Override
    public void replace(Tenant tenant) {
        int updated = transactions.inDirectory(handle -> handle.createUpdate("""
                        update tenants
                        set display_name = :display_name, status = :status, updated_at = :updated_at
                        where id = :id and slug = :slug
                        """)
                .bind("id", tenant.id().value())
                .bind("slug", tenant.slug().value())
                .bind("display_name", tenant.displayName().value())
                .bind("status", tenant.status().wireName())
                .bind("updated_at", utc(tenant.updatedAt()))
                .execute());
        recent.forget(tenant.slug());
        if (updated != 1) {
            throw new IllegalArgumentException("no stored tenant " + tenant.id() + " with slug " + tenant.slug());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
