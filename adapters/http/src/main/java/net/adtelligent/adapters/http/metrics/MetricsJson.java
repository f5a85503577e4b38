package net.adtelligent.adapters.http.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.adapters.http.web.AdRowJson;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.MetricsRounding;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.Unconverted;

/**
 * The parts the combined view and the snapshots share. Amounts are decimal strings, money rounded
 * to its currency's minor units and ratios to a fixed number of places ({@link MetricsRounding});
 * a ratio whose denominator is zero is null. Instants are written in the tenant's time zone with its
 * offset, so they read on the same clock as the days beside them (and as time_zone says).
 */
final class MetricsJson {

    private MetricsJson() {
    }

    /** Ad measures summed, and the ratios derived from the sums; money in {@code currency}. */
    record TotalsJson(String spend, long impressions, long clicks, String conversions, String conversionsValue,
                      String ctr, String cpc, String cpm, String cpa, String roas) {
        static TotalsJson of(AdTotals totals, Currency currency) {
            return new TotalsJson(money(totals.spend(), currency), totals.impressions(), totals.clicks(),
                    decimal(totals.conversions()), money(totals.conversionsValue(), currency), decimal(totals.ctr()),
                    decimal(totals.cpc()), decimal(totals.cpm()), decimal(totals.cpa()), decimal(totals.roas()));
        }
    }

    record SourceJson(UUID connectionId, String platform, String lastSuccessfulSync, String newestExtraction,
                      LocalDate newestDay) {
        static SourceJson of(SourceFreshness source, ZoneId zone) {
            return new SourceJson(source.connection().value(), source.platform().name(),
                    instant(source.lastSuccessfulSync(), zone), instant(source.newestExtraction(), zone),
                    source.newestDay().getOrNull());
        }
    }

    /** What could not be converted, by its own currency: counted apart, never summed into the totals. */
    record UnconvertedJson(long adRows, Map<String, String> spendByCurrency, long webRows,
                           Map<String, String> revenueByCurrency) {
        static UnconvertedJson of(Unconverted unconverted) {
            return new UnconvertedJson(unconverted.adRows(), amounts(unconverted.spendByCurrency()), unconverted.webRows(),
                    amounts(unconverted.revenueByCurrency()));
        }

        /** Each in its own currency's minor units; "unknown" (rows without a currency) as summed. */
        private static Map<String, String> amounts(Map<String, BigDecimal> byCurrency) {
            Map<String, String> written = new LinkedHashMap<>();
            byCurrency.forEach((code, amount) -> written.put(code, known(code).map(known -> money(amount, known))
                    .getOrElse(() -> decimal(amount))));
            return written;
        }

        private static Option<Currency> known(String code) {
            try {
                return Option.of(Currency.getInstance(code));
            } catch (IllegalArgumentException unknown) {
                return Option.none();
            }
        }
    }

    record WindowJson(LocalDate start, LocalDate end) {
    }

    static String instant(Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone));
    }

    static String instant(Option<Instant> at, ZoneId zone) {
        return at.map(instant -> instant(instant, zone)).getOrNull();
    }

    static String money(BigDecimal amount, Currency currency) {
        return MetricsRounding.money(amount, currency).toPlainString();
    }

    static String decimal(BigDecimal amount) {
        return AdRowJson.decimal(amount);
    }

    static String decimal(Option<BigDecimal> ratio) {
        return ratio.map(AdRowJson::decimal).getOrNull();
    }
}
