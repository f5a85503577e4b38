package net.adtelligent.bootstrap.demo;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.SearchConsoleDaily;

/**
 * The shop's organic Google search, as Search Console's site totals ({@code search_analytics_by_date}:
 * no query, page, country or device). Searches follow the search rhythm; the site climbs from about
 * position 15 to 12 over the year, and a better position earns a higher click-through rate.
 */
final class OrganicSearch {

    static final String SITE = "sc-domain:demo-shop.example";
    private static final String WEB = "web";
    private static final double IMPRESSIONS = 24_000;
    private static final double FIRST_POSITION = 15;
    private static final double CLIMB = 3;

    private OrganicSearch() {
    }

    static SearchConsoleDaily on(Frame frame, ConnectionId connection, LocalDate day) {
        Noise noise = frame.noise("search-console", day);
        long impressions = Math.round(IMPRESSIONS * frame.rhythm(Rhythm.SEARCH, day) * noise.factor(0.10));
        double progress = 1 - frame.daysAgo(day) / (double) DemoFacts.DAYS;
        double position = Math.max(1, FIRST_POSITION - CLIMB * progress + noise.around(0.4));
        double rate = 0.022 + (FIRST_POSITION - position) * 0.003;
        long clicks = Math.min(impressions, Math.round(impressions * rate * noise.factor(0.08)));
        // A ratio, as the API gives it; impressions are thousands, so never zero.
        BigDecimal ctr = BigDecimal.valueOf(clicks).divide(BigDecimal.valueOf(impressions), 6, RoundingMode.HALF_UP);
        return new SearchConsoleDaily(frame.tenant(), connection, day, SITE, WEB, Option.none(), Option.none(),
                Option.none(), Option.none(), clicks, impressions, ctr,
                BigDecimal.valueOf(position).setScale(2, RoundingMode.HALF_UP), frame.extractedAt());
    }
}
