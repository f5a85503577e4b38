package net.adtelligent.domain.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Prepares a batch of facts for storing: one tenant's rows, one row per key. A batch may hold
 * the same key twice (hourly rows of a day re-sent, overlapping files); it keeps the row that
 * {@link DailyFact#replaces replaces} the others, so every store sees each key once and applies
 * the same rule against what it holds already.
 */
public final class Restatements {

    private Restatements() {
    }

    /**
     * The latest extraction of each key, in the order keys first appear.
     *
     * @throws IllegalArgumentException when a row belongs to another tenant: a batch is one tenant's,
     *                                  and a mixed one is a bug upstream, never something to split
     */
    public static <K, F extends DailyFact<K>> List<F> latestPerKey(TenantId tenant, List<F> facts) {
        Objects.requireNonNull(tenant, "tenant");
        Map<K, F> latest = new LinkedHashMap<>();
        for (F fact : facts) {
            if (!fact.tenantId().equals(tenant)) {
                throw new IllegalArgumentException(
                        "a batch of tenant " + tenant + " holds a row of tenant " + fact.tenantId());
            }
            latest.merge(fact.key(), fact, (stored, arriving) -> arriving.replaces(stored) ? arriving : stored);
        }
        return new ArrayList<>(latest.values());
    }
}
