package net.adtelligent.memory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ConversionSettingsStore;

/** Conversion choices in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryConversionSettingsStore implements ConversionSettingsStore {

    private record Key(TenantId tenant, String setting) {
        Key {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(setting, "setting");
        }
    }

    private final Map<Key, List<String>> choices = new ConcurrentHashMap<>();

    /** In order of setting name, as the database answers. */
    @Override
    public Map<String, List<String>> of(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Map<String, List<String>> ofTenant = new TreeMap<>();
        choices.forEach((key, values) -> {
            if (key.tenant().equals(tenant)) {
                ofTenant.put(key.setting(), values);
            }
        });
        return ofTenant;
    }

    @Override
    public void put(TenantId tenant, String setting, List<String> values) {
        Key key = new Key(tenant, setting);
        Undo.remember(choices, key);
        choices.put(key, List.copyOf(values));
    }

    @Override
    public void remove(TenantId tenant, String setting) {
        Key key = new Key(tenant, setting);
        Undo.remember(choices, key);
        choices.remove(key);
    }
}
