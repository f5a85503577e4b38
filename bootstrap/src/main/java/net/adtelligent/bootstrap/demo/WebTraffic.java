package net.adtelligent.bootstrap.demo;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.WebAnalyticsDaily;

/**
 * The shop's GA4 traffic report: sessions, users, purchases and revenue per day by source and
 * medium (no campaign, no event name: the rows the snapshot sums). Paid and organic sessions
 * follow the day's clicks on those channels, since some clickers leave before the page loads;
 * direct and newsletter visits follow the search rhythm. Purchases from paid media are a share of
 * the conversions the platform itself reported that day: GA4 credits the last non-direct click
 * only, while platforms also count view-throughs and cross-device conversions, so GA4 sees about
 * three quarters of a search platform's conversions and half of a social one's.
 */
final class WebTraffic {

    static final String PROPERTY = "412345678";
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final double ORDER_VALUE = 72;
    private static final double USERS_PER_SESSION = 0.82;

    /**
     * {@code sessions}: per click of {@code clicksOf} where there is one, else per day;
     * {@code conversions}: purchases per session, or, for an ad platform, per conversion it reported.
     */
    private record Source(String source, String medium, Option<Platform> clicksOf, double sessions, double conversions) {
        boolean paid() {
            return clicksOf.exists(Platform::reportsAdPerformance);
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source("google", "cpc", Option.of(Platform.GOOGLE_ADS), 0.90, 0.78),
            new Source("bing", "cpc", Option.of(Platform.MICROSOFT_ADS), 0.90, 0.74),
            new Source("facebook", "paid_social", Option.of(Platform.META_ADS), 0.80, 0.55),
            new Source("linkedin", "paid_social", Option.of(Platform.LINKEDIN_ADS), 0.85, 0.50),
            new Source("tiktok", "paid_social", Option.of(Platform.TIKTOK_ADS), 0.75, 0.45),
            new Source("google", "organic", Option.of(Platform.SEARCH_CONSOLE), 0.95, 0.022),
            new Source("(direct)", "(none)", Option.none(), 520, 0.030),
            new Source("newsletter", "email", Option.none(), 110, 0.040));

    private WebTraffic() {
    }

    /**
     * {@code clicks}: the day's clicks per platform, Search Console's organic ones included;
     * {@code conversions}: the conversions each ad platform reported that day.
     */
    static List<WebAnalyticsDaily> on(Frame frame, ConnectionId connection, LocalDate day, Map<Platform, Long> clicks,
                                      Map<Platform, BigDecimal> conversions) {
        List<WebAnalyticsDaily> rows = new ArrayList<>();
        for (Source source : SOURCES) {
            Noise noise = frame.noise("ga4:" + source.source() + "/" + source.medium(), day);
            double expected = source.clicksOf()
                    .map(platform -> clicks.getOrDefault(platform, 0L) * source.sessions())
                    .getOrElse(() -> source.sessions() * frame.rhythm(Rhythm.SEARCH, day));
            long sessions = Math.round(expected * noise.factor(0.06));
            if (sessions == 0) {
                continue; // GA4 reports no row for a source without sessions
            }
            long users = Math.min(sessions, Math.round(sessions * USERS_PER_SESSION * noise.factor(0.03)));
            double expectedPurchases = source.paid()
                    ? conversions.getOrDefault(source.clicksOf().get(), BigDecimal.ZERO).doubleValue() * source.conversions()
                    : sessions * source.conversions();
            long purchases = Math.min(sessions, Math.round(expectedPurchases * noise.factor(0.20)));
            BigDecimal revenue = BigDecimal.valueOf(purchases * ORDER_VALUE * noise.factor(0.12))
                    .setScale(2, RoundingMode.HALF_UP);
            rows.add(new WebAnalyticsDaily(frame.tenant(), connection, day, PROPERTY, Option.of(source.source()),
                    Option.of(source.medium()), Option.none(), Option.none(), sessions, users, BigDecimal.valueOf(purchases),
                    revenue, Option.of(EUR), frame.extractedAt()));
        }
        return rows;
    }
}
