package net.adtelligent.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The blended metrics on hand-computed weeks. The fixture week (Monday 4 to Sunday 10 November
 * 2024): ad spend 100 + 50 = 150, ad clicks 40 + 20 = 60, platform conversions 4 + 2 = 6; GA4
 * google / cpc 50 sessions, 3 conversions, revenue 300; (direct) 100 sessions, 2 conversions,
 * revenue 200; organic search clicks 140. So MER = 500 / 150 = 3.333333, cost per session =
 * 150 / 50 = 3.000000, paid share of clicks = 60 / 200 = 0.300000, conversions 3 of 6 = 0.500000.
 */
class BlendedViewTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate MONDAY = LocalDate.of(2024, 11, 4);
    private static final DateRange WEEK = DateRange.of(MONDAY, MONDAY.plusDays(6));
    private static final Instant NOW = Instant.parse("2024-11-11T08:00:00Z");
    private static final Set<Dataset> ALL = EnumSet.allOf(Dataset.class);

    private static final List<CombinedRow> ADS = List.of(ad(0, "100", 40, "4"), ad(3, "50", 20, "2"));
    private static final List<WebDaily> WEB = List.of(web("google", "cpc", 50, "3", "300"),
            web("(direct)", "(none)", 100, "2", "200"));
    private static final List<SearchDaily> SEARCH = List.of(new SearchDaily(MONDAY.plusDays(1), "sc-domain:example.com",
            140, 2_000, new BigDecimal("6000")));

    private static CombinedRow ad(int day, String spend, long clicks, String conversions) {
        return new CombinedRow(MONDAY.plusDays(day), Option.of(Platform.GOOGLE_ADS), Option.none(), Option.none(),
                new AdTotals(new BigDecimal(spend), clicks * 20, clicks, new BigDecimal(conversions), BigDecimal.TEN));
    }

    private static WebDaily web(String source, String medium, long sessions, String conversions, String revenue) {
        return new WebDaily(MONDAY.plusDays(2), source, medium, Option.of(EUR), sessions, sessions, new BigDecimal(conversions),
                new BigDecimal(revenue));
    }

    private static SourceFreshness source(Platform platform, String extracted, LocalDate newestDay) {
        return new SourceFreshness(ConnectionId.random(), platform, Option.none(), Option.of(Instant.parse(extracted)),
                Option.of(newestDay));
    }

    private static Map<Dataset, DatasetFreshness> freshness(List<SourceFreshness> sources) {
        Map<Dataset, DatasetFreshness> all = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            all.put(dataset, DatasetFreshness.of(dataset, sources, NOW, Duration.ofHours(48)));
        }
        return all;
    }

    private static final List<SourceFreshness> FRESH = List.of(
            source(Platform.GOOGLE_ADS, "2024-11-11T02:00:00Z", WEEK.last()),
            source(Platform.GA4, "2024-11-11T03:00:00Z", WEEK.last()),
            source(Platform.SEARCH_CONSOLE, "2024-11-10T23:00:00Z", WEEK.last()));

    private static BlendedView view(Set<Dataset> asked, List<SourceFreshness> sources, List<CombinedRow> ads) {
        Granularity week = Granularity.WEEK;
        return BlendedView.of(WEEK, week, asked, freshness(sources), CombinedView.of(ads, WEEK, EnumSet.allOf(Platform.class),
                        week, GroupBy.PLATFORM), ChannelViews.web(WEB, WEEK, week, true, WebGrouping.SOURCE_MEDIUM),
                ChannelViews.search(SEARCH, WEEK, week, true));
    }

    private static String value(BlendedValue blended) {
        return blended.value().map(BigDecimal::toPlainString).getOrNull();
    }

    @Test
    void of_givenEverySideFresh_computesEachFormulaFromTheSums() {
        BlendedView view = view(ALL, FRESH, ADS);

        assertThat(view.rows()).singleElement().satisfies(row -> assertThat(row.period()).isEqualTo(MONDAY));
        BlendedMetrics week = view.rows().get(0).metrics();
        assertThat(value(week.mer())).isEqualTo("3.333333");
        assertThat(value(week.costPerSession())).isEqualTo("3.000000");
        assertThat(value(week.paidClickShare())).isEqualTo("0.300000");
        assertThat(week.platformConversions().value().get()).isEqualByComparingTo("6");
        assertThat(week.paidWebConversions().value().get()).isEqualByComparingTo("3");
        assertThat(value(week.conversionsRatio())).isEqualTo("0.500000");
        assertThat(view.total()).isEqualTo(week);
    }

    @Test
    void of_givenNoSearchConnectionAndSearchNotAsked_namesTheGapInsteadOfAValue() {
        BlendedMetrics missing = view(ALL, FRESH.subList(0, 2), ADS).total();
        BlendedMetrics notAsked = view(EnumSet.of(Dataset.ADS, Dataset.WEB), FRESH, ADS).total();

        assertThat(missing.paidClickShare()).isEqualTo(new BlendedValue(Option.none(), Option.of(BlendedGap.SEARCH_MISSING)));
        assertThat(notAsked.paidClickShare().gap()).contains(BlendedGap.SEARCH_NOT_REQUESTED);
        assertThat(value(missing.mer())).as("the sides it needs are there").isEqualTo("3.333333");
    }

    @Test
    void of_givenStaleGa4ShortOfThePeriod_leavesWebMetricsOutButNotWhenItCoversThePeriod() {
        List<SourceFreshness> shortOf = List.of(FRESH.get(0), source(Platform.GA4, "2024-11-07T01:00:00Z", MONDAY.plusDays(5)),
                FRESH.get(2));
        List<SourceFreshness> covering = List.of(FRESH.get(0), source(Platform.GA4, "2024-11-07T01:00:00Z", WEEK.last()),
                FRESH.get(2));

        BlendedMetrics stale = view(ALL, shortOf, ADS).total();
        BlendedMetrics staleButComplete = view(ALL, covering, ADS).total();

        assertThat(stale.mer().gap()).contains(BlendedGap.WEB_STALE);
        assertThat(stale.costPerSession().gap()).contains(BlendedGap.WEB_STALE);
        assertThat(stale.conversionsRatio().gap()).contains(BlendedGap.WEB_STALE);
        assertThat(value(stale.paidClickShare())).isEqualTo("0.300000");
        assertThat(value(staleButComplete.mer())).isEqualTo("3.333333");
    }

    @Test
    void of_givenZeroSpendAndNoPlatformConversions_saysSoRatherThanDividingByZero() {
        BlendedMetrics free = view(ALL, FRESH, List.of(ad(0, "0", 0, "0"))).total();

        assertThat(free.mer().gap()).contains(BlendedGap.NO_SPEND);
        assertThat(free.conversionsRatio().gap()).contains(BlendedGap.NO_PLATFORM_CONVERSIONS);
        assertThat(value(free.costPerSession())).as("nothing spent on 50 paid sessions").isEqualTo("0.000000");
        assertThat(value(free.paidClickShare())).isEqualTo("0.000000");
    }

    @Test
    void of_givenAPeriodWithoutAdRows_isMissingThatSideForThePeriodOnly() {
        BlendedView days = BlendedView.of(WEEK, Granularity.DAY, ALL, freshness(FRESH), ADS,
                ChannelViews.web(WEB, WEEK, Granularity.DAY, true, WebGrouping.SOURCE_MEDIUM),
                ChannelViews.search(SEARCH, WEEK, Granularity.DAY, false));

        assertThat(days.rows()).hasSize(7);
        assertThat(days.rows().get(2).metrics().mer().gap()).as("GA4 on Wednesday, no ads").contains(BlendedGap.ADS_MISSING);
        assertThat(days.rows().get(0).metrics().mer().gap()).as("ads on Monday, no GA4").contains(BlendedGap.WEB_MISSING);
        assertThat(value(days.total().mer())).isEqualTo("3.333333");
    }

    @Test
    void of_givenSpendAndRevenueInSeveralCurrencies_convertsEachWithItsDaysRateFirst() {
        Currency usd = Currency.getInstance("USD");
        Currency gbp = Currency.getInstance("GBP");
        CurrencyConverter rates = CurrencyConverter.of(List.of(new FxRate(MONDAY, EUR, usd, new BigDecimal("1.25"), "ECB"),
                new FxRate(MONDAY, EUR, gbp, new BigDecimal("0.8"), "ECB")));
        List<AdAggregate> ads = List.of(
                new AdAggregate(MONDAY, Platform.META_ADS, Option.none(), Option.none(), Option.of(usd),
                        new AdTotals(new BigDecimal("125"), 1000, 50, BigDecimal.ONE, BigDecimal.ZERO), 1),
                new AdAggregate(MONDAY, Platform.GOOGLE_ADS, Option.none(), Option.none(), Option.of(EUR),
                        new AdTotals(new BigDecimal("100"), 1000, 50, BigDecimal.ONE, BigDecimal.ZERO), 1));
        List<WebDaily> web = List.of(new WebDaily(MONDAY, "google", "cpc", Option.of(gbp), 40, 40, BigDecimal.ONE,
                new BigDecimal("480")));
        MetricsSnapshot snapshot = SnapshotCalculator.compute(new TenantId(UUID.randomUUID()), WEEK, ZoneId.of("Europe/Berlin"),
                EUR, rates, ads, web, List.of(), FRESH, NOW);
        List<CombinedRow> adRows = snapshot.adRows().stream().map(row -> new CombinedRow(row.day(), Option.of(row.platform()),
                Option.none(), Option.none(), row.totals())).toList();

        BlendedMetrics week = BlendedView.of(WEEK, Granularity.WEEK, ALL, freshness(FRESH),
                CombinedView.of(adRows, WEEK, EnumSet.allOf(Platform.class), Granularity.WEEK, GroupBy.NONE),
                ChannelViews.web(snapshot.web(), WEEK, Granularity.WEEK, false, WebGrouping.SOURCE_MEDIUM), List.of()).total();

        // 125 USD = 100 EUR and 100 EUR: 200 EUR spent; 480 GBP = 600 EUR of revenue.
        assertThat(value(week.mer())).isEqualTo("3.000000");
        assertThat(value(week.costPerSession())).isEqualTo("5.000000");
        assertThat(week.paidClickShare().gap()).contains(BlendedGap.SEARCH_MISSING);
    }
}
