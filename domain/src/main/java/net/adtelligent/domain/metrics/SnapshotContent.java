package net.adtelligent.domain.metrics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import net.adtelligent.domain.fact.DateRange;

/**
 * The SHA-256 of a snapshot's content in a canonical text form: every value written the same way
 * whatever its scale (10.50 and 10.5 are one amount), one line per row, in the snapshot's order.
 */
final class SnapshotContent {

    private SnapshotContent() {
    }

    static String hash(DateRange window, ZoneId zone, Currency currency, List<PlatformDay> rows, AdTotals totals,
                       List<WebDaily> web, List<SearchDaily> search, Unconverted unconverted, List<SourceFreshness> sources) {
        StringBuilder text = new StringBuilder();
        text.append("window|").append(window.first()).append('|').append(window.last()).append('|').append(zone.getId())
                .append('|').append(currency.getCurrencyCode()).append('\n');
        rows.forEach(row -> text.append("ad|").append(row.day()).append('|').append(row.platform()).append('|')
                .append(totals(row.totals())).append('\n'));
        text.append("total|").append(totals(totals)).append('\n');
        web.forEach(day -> text.append("web|").append(day.day()).append('|').append(day.source()).append('\u0000')
                .append(day.medium()).append('|').append(day.sessions()).append('|')
                .append(day.users()).append('|').append(plain(day.conversions())).append('|').append(plain(day.revenue()))
                .append('\n'));
        search.forEach(day -> text.append("search|").append(day.day()).append('|').append(day.site()).append('|')
                .append(day.clicks()).append('|')
                .append(day.impressions()).append('|').append(plain(day.positionTimesImpressions())).append('\n'));
        text.append("unconverted|").append(unconverted.adRows()).append('|');
        unconverted.spendByCurrency().forEach((code, amount) -> text.append(code).append('=').append(plain(amount)).append(','));
        text.append('|').append(unconverted.webRows()).append('|');
        unconverted.revenueByCurrency().forEach((code, amount) -> text.append(code).append('=').append(plain(amount)).append(','));
        text.append('\n');
        sources.forEach(source -> text.append("source|").append(source.connection()).append('|').append(source.platform())
                .append('|').append(source.lastSuccessfulSync().map(Object::toString).getOrElse("-")).append('|')
                .append(source.newestExtraction().map(Object::toString).getOrElse("-")).append('|')
                .append(source.newestDay().map(Object::toString).getOrElse("-")).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String totals(AdTotals totals) {
        return plain(totals.spend()) + "|" + totals.impressions() + "|" + totals.clicks() + "|" + plain(totals.conversions())
                + "|" + plain(totals.conversionsValue());
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}
