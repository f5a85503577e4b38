package net.adtelligent.bootstrap;

import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;

/** The demo tenant a newcomer explores; created once, found again on every later start. */
public final class DemoData {

    public static final String SLUG = "demo";

    private DemoData() {
    }

    public static Tenant ensure(Adtelligent core) {
        return core.findTenants().bySlug(SLUG).getOrElse(() -> core.registerTenant()
                .register(new TenantDraft(SLUG, "Demo Agency", "EUR", "Europe/Berlin"))
                // Another instance may have created it a moment ago: then read that one.
                .getOrElse(() -> core.findTenants().bySlug(SLUG)
                        .getOrElseThrow(() -> new IllegalStateException("the demo tenant could not be created"))));
    }
}
