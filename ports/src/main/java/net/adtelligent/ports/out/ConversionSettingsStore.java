package net.adtelligent.ports.out;

import java.util.List;
import java.util.Map;
import net.adtelligent.domain.tenant.TenantId;

/** Each tenant's choices of what counts as a conversion, by setting name; a setting not stored uses its defaults. */
public interface ConversionSettingsStore {

    /** The tenant's choices, by setting name, values in the order chosen. */
    Map<String, List<String>> of(TenantId tenant);

    /** Sets (or replaces) one choice. */
    void put(TenantId tenant, String setting, List<String> values);

    /** Back to the defaults; nothing happens when the tenant never chose. */
    void remove(TenantId tenant, String setting);
}
