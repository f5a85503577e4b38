package net.adtelligent.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.ports.out.FxRateStore;

/** Exchange rates in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryFxRateStore implements FxRateStore {

    private static final Comparator<FxRate> BY_DAY_AND_PAIR = Comparator.comparing(FxRate::date)
            .thenComparing(rate -> rate.base().getCurrencyCode())
            .thenComparing(rate -> rate.quote().getCurrencyCode());

    private record Key(LocalDate date, Currency base, Currency quote) {
    }

    private final Map<Key, FxRate> rates = new ConcurrentHashMap<>();

    @Override
    public void upsert(List<FxRate> batch) {
        batch.forEach(rate -> {
            Key key = new Key(rate.date(), rate.base(), rate.quote());
            Undo.remember(rates, key);
            rates.put(key, rate);
        });
    }

    @Override
    public List<FxRate> between(DateRange days) {
        return rates.values().stream().filter(rate -> days.contains(rate.date())).sorted(BY_DAY_AND_PAIR).toList();
    }
}
