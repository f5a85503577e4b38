package net.adtelligent.domain.fx;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts amounts into a reporting currency with the rate of their day. The policy, in order:
 * <ol>
 *   <li>the same currency converts to itself, no rate needed;</li>
 *   <li>the rate of the amount's day, else of the nearest earlier day that has one, looking back
 *       at most {@code lookbackDays} (markets publish no rates on weekends and holidays): the
 *       nearest day wins, whatever the route on it;</li>
 *   <li>on that day a direct rate (from/to), else the inverse of the opposite one (to/from), else a
 *       route through a pivot currency (default EUR, then USD: the ECB quotes everything in EUR),
 *       both legs of the same day, each direct or inverse;</li>
 *   <li>otherwise the amount is {@link NotConvertible}, and says why.</li>
 * </ol>
 * Amounts keep full precision: a direct rate multiplies exactly; an inverse divides to 34
 * significant digits (decimal128), far below any currency's minor unit. Round only for display.
 *
 * <p>Built from the rates of a period (load them from {@link #earliestRateDay} on). Immutable and
 * thread-safe; it remembers each day and pair it resolved, as a report converts many rows of one day.
 */
public final class CurrencyConverter {

    public static final int DEFAULT_LOOKBACK_DAYS = 7;
    public static final List<Currency> DEFAULT_PIVOTS = List.of(Currency.getInstance("EUR"), Currency.getInstance("USD"));

    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private record Pair(LocalDate day, Currency from, Currency to) {
    }

    private final Map<Pair, BigDecimal> rates = new HashMap<>();
    private final int lookbackDays;
    private final List<Currency> pivots;
    private final Map<Pair, Option<BigDecimal>> resolved = new ConcurrentHashMap<>();

    private CurrencyConverter(Collection<FxRate> rates, int lookbackDays, List<Currency> pivots) {
        if (lookbackDays < 0) {
            throw new IllegalArgumentException("lookbackDays must not be negative: " + lookbackDays);
        }
        this.lookbackDays = lookbackDays;
        this.pivots = List.copyOf(pivots);
        // Two rates of one day and pair: the later in the collection wins, as a later import would.
        rates.forEach(rate -> this.rates.put(new Pair(rate.date(), rate.base(), rate.quote()), rate.rate()));
    }

    public static CurrencyConverter of(Collection<FxRate> rates) {
        return of(rates, DEFAULT_LOOKBACK_DAYS, DEFAULT_PIVOTS);
    }

    public static CurrencyConverter of(Collection<FxRate> rates, int lookbackDays, List<Currency> pivots) {
        return new CurrencyConverter(Objects.requireNonNull(rates, "rates"), lookbackDays, pivots);
    }

    /** The first day whose rates converting amounts of {@code firstDay} (and later) may need. */
    public static LocalDate earliestRateDay(LocalDate firstDay, int lookbackDays) {
        return firstDay.minusDays(lookbackDays);
    }

    public Either<NotConvertible, Money> convert(Money money, LocalDate day, Currency target) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(target, "target");
        if (money.currency().equals(target)) {
            return Either.right(money);
        }
        return resolved.computeIfAbsent(new Pair(day, money.currency(), target), this::nearestRate)
                .map(rate -> new Money(money.amount().multiply(rate), target))
                .toEither(() -> new NotConvertible.NoRate(money.currency(), target, day, lookbackDays));
    }

    /** For a fact's amount, whose currency may be unknown: unknown is not convertible, never guessed. */
    public Either<NotConvertible, Money> convert(Option<Currency> currency, BigDecimal amount, LocalDate day,
                                                 Currency target) {
        Objects.requireNonNull(currency, "currency");
        return currency.isEmpty()
                ? Either.left(new NotConvertible.UnknownCurrency(day, target))
                : convert(new Money(amount, currency.get()), day, target);
    }

    private Option<BigDecimal> nearestRate(Pair wanted) {
        for (int back = 0; back <= lookbackDays; back++) {
            Option<BigDecimal> rate = rateOn(wanted.day().minusDays(back), wanted.from(), wanted.to());
            if (rate.isDefined()) {
                return rate;
            }
        }
        return Option.none();
    }

    private Option<BigDecimal> rateOn(LocalDate day, Currency from, Currency to) {
        Option<BigDecimal> straight = leg(day, from, to);
        if (straight.isDefined()) {
            return straight;
        }
        for (Currency pivot : pivots) {
            if (!pivot.equals(from) && !pivot.equals(to)) {
                Option<BigDecimal> via = leg(day, from, pivot).flatMap(first -> leg(day, pivot, to).map(first::multiply));
                if (via.isDefined()) {
                    return via;
                }
            }
        }
        return Option.none();
    }

    private Option<BigDecimal> leg(LocalDate day, Currency from, Currency to) {
        BigDecimal direct = rates.get(new Pair(day, from, to));
        if (direct != null) {
            return Option.some(direct);
        }
        return Option.of(rates.get(new Pair(day, to, from))).map(opposite -> BigDecimal.ONE.divide(opposite, DIVISION));
    }
}
