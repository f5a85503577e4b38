package net.adtelligent.domain.metrics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What could not be converted into the reporting currency (no rate, or no currency on the rows):
 * counted and listed by its own currency ("unknown" where the rows did not say), never summed.
 */
public record Unconverted(long adRows, Map<String, BigDecimal> spendByCurrency, long webRows,
                          Map<String, BigDecimal> revenueByCurrency) {

    public static final Unconverted NONE = new Unconverted(0, Map.of(), 0, Map.of());

    public Unconverted {
        spendByCurrency = Collections.unmodifiableMap(new TreeMap<>(spendByCurrency));
        revenueByCurrency = Collections.unmodifiableMap(new TreeMap<>(revenueByCurrency));
    }

    public boolean isEmpty() {
        return adRows == 0 && webRows == 0;
    }
}
