package net.adtelligent.ports.in;

import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.Tenant;

/** A tenant a caller may act on, and their role there (OWNER for the system). */
public record TenantAccess(Tenant tenant, Role role) {
}
