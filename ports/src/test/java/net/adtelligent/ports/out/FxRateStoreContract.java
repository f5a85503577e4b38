package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.FxRate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every FxRateStore must do. An adapter's test extends this and only says how to build one. */
public abstract class FxRateStoreContract {

    /** Rates are global, not a tenant's: tests apart in one database each take a month of their own. */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private FxRateStore store;
    private LocalDate day;

    /** The store under test. It may hold other tests' rates, of other months. */
    protected abstract FxRateStore store();

    @BeforeEach
    void setUp() {
        store = store();
        day = LocalDate.of(1990, 1, 5).plusMonths(MONTHS.getAndIncrement());
    }

    private static FxRate rate(LocalDate date, String base, String quote, String rate, String source) {
        return new FxRate(date, Currency.getInstance(base), Currency.getInstance(quote), new BigDecimal(rate), source);
    }

    @Test
    void between_givenRatesOfSeveralDays_answersThoseOfTheRangeByDayBaseAndQuote() {
        FxRate before = rate(day.minusDays(1), "EUR", "USD", "1.08", "ECB");
        FxRate usd = rate(day, "EUR", "USD", "1.0842", "ECB");
        FxRate chf = rate(day, "EUR", "CHF", "0.9421", "ECB");
        FxRate gbpUsd = rate(day, "GBP", "USD", "1.27", "BoE");
        FxRate nextDay = rate(day.plusDays(1), "EUR", "JPY", "161.23", "ECB");
        FxRate after = rate(day.plusDays(2), "EUR", "USD", "1.09", "ECB");
        store.upsert(List.of(after, gbpUsd, nextDay, usd, before, chf));

        assertThat(store.between(DateRange.of(day, day.plusDays(1)))).containsExactly(chf, usd, gbpUsd, nextDay);
    }

    @Test
    void upsert_givenSameDayAndPairAgain_replacesRateAndSource() {
        store.upsert(List.of(rate(day, "EUR", "USD", "1.0842", "ECB")));
        FxRate corrected = rate(day, "EUR", "USD", "1.0843", "manual");

        store.upsert(List.of(corrected));

        assertThat(store.between(DateRange.day(day))).containsExactly(corrected);
    }

    @Test
    void upsert_givenBothDirectionsOfAPair_keepsThemAsTwoRates() {
        FxRate eurUsd = rate(day, "EUR", "USD", "1.25", "ECB");
        FxRate usdEur = rate(day, "USD", "EUR", "0.8", "Fed");

        store.upsert(List.of(eurUsd, usdEur));

        assertThat(store.between(DateRange.day(day))).containsExactly(eurUsd, usdEur);
    }

    @Test
    void upsert_givenSmallAndPreciseRates_keepsEveryDigit() {
        FxRate tiny = rate(day, "IDR", "EUR", "0.0000571234567891", "ECB");

        store.upsert(List.of(tiny));

        assertThat(store.between(DateRange.day(day))).containsExactly(tiny);
    }

    @Test
    void between_givenNoRatesInRange_isEmpty() {
        store.upsert(List.of(rate(day, "EUR", "USD", "1.08", "ECB")));

        assertThat(store.between(DateRange.day(day.plusDays(3)))).isEmpty();
    }
}
