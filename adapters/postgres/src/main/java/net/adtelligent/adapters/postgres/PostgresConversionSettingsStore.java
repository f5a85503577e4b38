package net.adtelligent.adapters.postgres;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ConversionSettingsStore;

/** Conversion choices in conversion_settings (V10__conversion_settings.sql), tenant-scoped; values as text[]. */
final class PostgresConversionSettingsStore implements ConversionSettingsStore {

    private final Transactions transactions;

    PostgresConversionSettingsStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** In order of setting name. */
    @Override
    public Map<String, List<String>> of(TenantId tenant) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        transactions.inTenant(tenant, handle -> {
            handle.createQuery("select setting, choices from conversion_settings where tenant_id = :tenant_id"
                            + " order by setting")
                    .bind("tenant_id", tenant.value())
                    .map((row, context) -> Map.entry(row.getString("setting"),
                            List.of((String[]) row.getArray("choices").getArray())))
                    .forEach(choice -> choices.put(choice.getKey(), choice.getValue()));
            return null;
        });
        return choices;
    }

    /** One statement, so two concurrent choices of one setting leave one row: the later one's. */
    @Override
    public void put(TenantId tenant, String setting, List<String> values) {
        Objects.requireNonNull(setting, "setting");
        String[] choices = List.copyOf(values).toArray(String[]::new);
        transactions.inTenant(tenant, handle -> handle.createUpdate("""
                        insert into conversion_settings (tenant_id, setting, choices, updated_at)
                        values (:tenant_id, :setting, :choices, now())
                        on conflict (tenant_id, setting) do update
                        set choices = excluded.choices, updated_at = excluded.updated_at
                        """)
                .bind("tenant_id", tenant.value())
                .bind("setting", setting)
                .bind("choices", choices)
                .execute());
    }

    @Override
    public void remove(TenantId tenant, String setting) {
        transactions.inTenant(tenant, handle -> handle
                .createUpdate("delete from conversion_settings where tenant_id = :tenant_id and setting = :setting")
                .bind("tenant_id", tenant.value())
                .bind("setting", setting)
                .execute());
    }
}
