package net.adtelligent.domain.tenant;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import net.adtelligent.domain.FieldViolation;

/**
 * A customer workspace. Its slug, reporting currency and time zone are fixed at registration:
 * every stored number and every snapshot is expressed in them, so changing them is a migration,
 * not an edit. What may change is the display name and the status.
 */
public record Tenant(
        TenantId id,
        Slug slug,
        DisplayName displayName,
        Currency reportingCurrency,
        ZoneId reportingTimeZone,
        TenantStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(reportingTimeZone, "reportingTimeZone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Checks every field and reports all that are wrong, not just the first. */
    public static Validation<Seq<FieldViolation>, Tenant> register(TenantId id, TenantDraft draft, Instant now) {
        return Validation.combine(
                        Slug.parse("slug", draft.slug()),
                        DisplayName.parse("display_name", draft.displayName()),
                        ReportingSettings.currency("reporting_currency", draft.reportingCurrency()),
                        ReportingSettings.timeZone("reporting_time_zone", draft.reportingTimeZone()))
                .ap((slug, name, currency, zone) ->
                        new Tenant(id, slug, name, currency, zone, TenantStatus.ACTIVE, now, now));
    }

    /**
     * Applies a change as one step. A suspended tenant keeps its name until it is reactivated;
     * the same change may reactivate and rename it.
     */
    public Either<TenantRejection, Tenant> change(TenantChanges changes, Instant now) {
        Validation<Seq<FieldViolation>, Tenant> changed = Validation.combine(
                        changes.displayName().map(text -> DisplayName.parse("display_name", text))
                                .getOrElse(Validation.valid(displayName)),
                        changes.status().map(text -> TenantStatus.parse("status", text))
                                .getOrElse(Validation.valid(status)))
                .ap((name, newStatus) -> new Tenant(
                        id, slug, name, reportingCurrency, reportingTimeZone, newStatus, createdAt, now));
        if (changed.isInvalid()) {
            return Either.left(new TenantRejection.Invalid(changed.getError().toJavaList()));
        }
        Tenant next = changed.get();
        boolean renamed = !next.displayName.equals(displayName);
        if (renamed && next.status == TenantStatus.SUSPENDED) {
            return Either.left(new TenantRejection.Suspended(slug));
        }
        // Nothing changed: keep updatedAt, so a repeated request is a true no-op.
        return Either.right(renamed || next.status != status ? next : this);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
