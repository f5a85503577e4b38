package net.adtelligent.adapters.http.archfixture;

import net.adtelligent.ports.in.system.TenantDirectory;

/** Deliberately bad: a user-facing adapter looking tenants up with no access check. */
public final class HttpUsingSystemPort {

    TenantDirectory tenants;
}
