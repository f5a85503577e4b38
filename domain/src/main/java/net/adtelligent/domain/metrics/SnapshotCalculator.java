package net.adtelligent.domain.metrics;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.fx.Money;
import net.adtelligent.domain.fx.NotConvertible;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Computes a snapshot from the warehouse's sums: each day-platform-currency sum converted with
 * the rate of its day, then added up per day and platform. Sums that cannot be converted are
 * counted by currency, not added. Output is sorted, so equal input gives an equal snapshot.
 */
public final class SnapshotCalculator {

    private record Key(LocalDate day, Platform platform) {
    }

    private SnapshotCalculator() {
    }

    public static MetricsSnapshot compute(TenantId tenant, DateRange window, ZoneId zone, Currency currency,
                                          CurrencyConverter converter, List<AdAggregate> ads, List<WebDaily> web,
                                          List<SearchDaily> search, List<SourceFreshness> sources, Instant generatedAt) {
        AdConversion converted = AdConversion.of(ads, converter, currency);
        Map<Key, AdTotals> days = new HashMap<>();
        converted.rows().forEach(row -> days.merge(new Key(row.period(), row.platform().get()), row.totals(), AdTotals::plus));
        List<PlatformDay> rows = days.entrySet().stream()
                .map(entry -> new PlatformDay(entry.getKey().day(), entry.getKey().platform(), entry.getValue()))
                .sorted(Comparator.comparing(PlatformDay::day).thenComparing(PlatformDay::platform)).toList();
        AdTotals totals = rows.stream().map(PlatformDay::totals).reduce(AdTotals.ZERO, AdTotals::plus);
        WebConversion webDays = WebConversion.of(web, converter, currency);
        Unconverted unconverted = new Unconverted(converted.unconvertedRows(), converted.unconvertedSpend(), webDays.unconvertedRows(),
                webDays.unconvertedRevenue());
        List<SearchDaily> searchDays = search.stream()
                .sorted(Comparator.comparing(SearchDaily::day).thenComparing(SearchDaily::site)).toList();
        List<SourceFreshness> freshness = sources.stream()
                .sorted(Comparator.comparing((SourceFreshness s) -> s.platform()).thenComparing(s -> s.connection().value()))
                .toList();
        String hash = SnapshotContent.hash(window, zone, currency, rows, totals, webDays.days(), searchDays, unconverted,
                freshness);
        return new MetricsSnapshot(tenant, window, generatedAt, zone, currency, rows, totals, webDays.days(), searchDays,
                unconverted, freshness, hash);
    }

    static String code(Option<Currency> currency) {
        return currency.map(Currency::getCurrencyCode).getOrElse("unknown");
    }

    /**
     * GA4 days with revenue in the reporting currency; sums of one date, source and medium in
     * different currencies merged; what cannot be converted counted (its sessions still are).
     */
    public record WebConversion(List<WebDaily> days, long unconvertedRows, Map<String, BigDecimal> unconvertedRevenue) {

        private record Key(LocalDate day, String source, String medium) implements Comparable<Key> {
            private static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparing(Key::source)
                    .thenComparing(Key::medium);

            @Override
            public int compareTo(Key other) {
                return ORDER.compare(this, other);
            }
        }

        public static WebConversion of(List<WebDaily> web, CurrencyConverter converter, Currency currency) {
            Map<Key, WebDaily> byDay = new TreeMap<>();
            long rows = 0;
            Map<String, BigDecimal> revenue = new TreeMap<>();
            for (WebDaily day : web) {
                Either<NotConvertible, Money> converted = day.revenue().signum() == 0
                        ? Either.right(Money.zero(currency))
                        : converter.convert(day.currency(), day.revenue(), day.day(), currency);
                BigDecimal amount = converted.map(Money::amount).getOrElse(BigDecimal.ZERO);
                if (converted.isLeft()) {
                    rows++;
                    revenue.merge(code(day.currency()), day.revenue(), BigDecimal::add);
                }
                WebDaily inReporting = new WebDaily(day.day(), day.source(), day.medium(), Option.of(currency),
                        day.sessions(), day.users(), day.conversions(), amount);
                byDay.merge(new Key(day.day(), day.source(), day.medium()), inReporting, WebDaily::plus);
            }
            return new WebConversion(new ArrayList<>(byDay.values()), rows, revenue);
        }
    }
}
