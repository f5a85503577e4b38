package net.adtelligent.ports.out;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantId;

/** Valid tenants for tests of any module (shipped in the test-jar). */
public final class TenantFixtures {

    /** Microsecond precision, as PostgreSQL stores it, so a round trip compares equal. */
    public static final Instant REGISTERED_AT = Instant.parse("2026-11-02T09:15:30.123456Z");

    private TenantFixtures() {
    }

    public static Tenant tenant(String slug) {
        return tenant(slug, REGISTERED_AT);
    }

    public static Tenant tenant(String slug, Instant at) {
        return Tenant.register(TenantId.random(), draft(slug), at.truncatedTo(ChronoUnit.MICROS))
                .fold(violations -> {
                    throw new IllegalArgumentException(violations.toString());
                }, tenant -> tenant);
    }

    public static TenantDraft draft(String slug) {
        return new TenantDraft(slug, "Agency " + slug, "EUR", "Europe/Berlin");
    }
}
