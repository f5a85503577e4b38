package net.adtelligent.ports.in.system;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Rotation of the tenants' data keys, one tenant at a time, each in a unit of work of its own: a
 * failure half-way through a tenant leaves it as it was, and every secret still opens. Running it
 * again with the same plan finishes what is left and does nothing twice.
 */
public interface RotateDataKeys {

    /** Every tenant, in slug order. */
    List<Tenant> tenants();

    /** Rotates one tenant's key as planned, and reseals every secret that is not under its current key. */
    TenantRotation rotate(TenantId tenant, Plan plan);

    /**
     * What to do. With a new master key, the tenant's current data key is wrapped by it (the same
     * key); without, a tenant whose current data key was made before {@code keysBefore} gets a new
     * one (a tenant with a key made since was rotated by this plan already). A dry run writes nothing
     * and calls no key service: it counts.
     */
    record Plan(Option<String> newMasterKey, Instant keysBefore, boolean dryRun) {
        public Plan {
            Objects.requireNonNull(newMasterKey, "newMasterKey");
            Objects.requireNonNull(keysBefore, "keysBefore");
        }
    }

    /**
     * One tenant's outcome: its secrets, how many were (or in a dry run would be) sealed anew, and
     * its current data key version afterwards (none: it never had a secret).
     */
    record TenantRotation(TenantId tenant, int secrets, int resealed, Option<Integer> keyVersion, KeyChange key) {
    }

    /** What happened to the tenant's data key. */
    enum KeyChange { NEW_KEY, REWRAPPED, KEPT }
}
