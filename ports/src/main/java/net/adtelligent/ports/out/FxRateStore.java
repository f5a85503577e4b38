package net.adtelligent.ports.out;

import java.util.List;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.FxRate;

/**
 * Dated exchange rates. Market data, the same for every tenant: no tenant is named. At most one
 * rate per day and currency pair (base/quote); the opposite pair is a rate of its own.
 */
public interface FxRateStore {

    /** Adds the rates; one of a day and pair stored already is replaced, source and all (a corrected import wins). */
    void upsert(List<FxRate> rates);

    /**
     * Every rate of the given days, by day, then base, then quote (by code). To convert amounts
     * of a period, start the range {@code CurrencyConverter.earliestRateDay(first, lookbackDays)}
     * so the first days find the rates of the days before them.
     */
    List<FxRate> between(DateRange days);
}
