package net.adtelligent.bootstrap.demo;

import static java.util.stream.Collectors.averagingDouble;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingDouble;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class DemoFactsTest {

    private static final TenantId TENANT = new TenantId(UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 25);
    private static final DemoYear YEAR = new DemoFacts(DemoFacts.SEED).year(TENANT, LAST_DAY, BERLIN);

    @Test
    void year_givenTheSameSeedAndDay_isTheSameRowsAndAnotherSeedIsNot() {
        assertThat(new DemoFacts(DemoFacts.SEED).year(TENANT, LAST_DAY, BERLIN)).isEqualTo(YEAR);
        assertThat(new DemoFacts(DemoFacts.SEED + 1).year(TENANT, LAST_DAY, BERLIN).ads()).isNotEqualTo(YEAR.ads());
    }

    @Test
    void year_givenALastDay_coversTheYearUpToItForEveryKindOfFact() {
        LocalDate first = LAST_DAY.minusDays(364);

        for (List<? extends DailyFact<?>> kind : List.of(YEAR.ads(), YEAR.web(), YEAR.search())) {
            assertThat(kind.stream().map(DailyFact::dateDay).distinct()).hasSize(365).contains(first, LAST_DAY)
                    .allMatch(day -> !day.isBefore(first) && !day.isAfter(LAST_DAY));
        }
        assertThat(YEAR.all()).extracting(DailyFact::sourceExtractedAt).containsOnly(DemoFacts.extractedAt(LAST_DAY, BERLIN));
    }

    @Test
    void year_givenTheDemo_hasEveryAdPlatformOnItsOwnConnection() {
        assertThat(YEAR.ads()).extracting(AdPerformanceDaily::platform).containsOnly(Platform.META_ADS,
                Platform.GOOGLE_ADS, Platform.MICROSOFT_ADS, Platform.LINKEDIN_ADS, Platform.TIKTOK_ADS);
        assertThat(YEAR.ads()).allMatch(row -> row.connectionId().equals(DemoFacts.connection(row.platform())));
        assertThat(YEAR.web()).allMatch(row -> row.connectionId().equals(DemoFacts.connection(Platform.GA4))
                && row.eventName().isEmpty());
        assertThat(YEAR.search()).allMatch(row -> row.connectionId().equals(DemoFacts.connection(Platform.SEARCH_CONSOLE))
                && row.query().isEmpty() && row.page().isEmpty() && row.country().isEmpty() && row.device().isEmpty());
    }

    @Test
    void year_givenGoogleAds_spendsDollarsWhileTheOthersSpendEuros() {
        assertThat(YEAR.ads()).allMatch(row -> row.currencyCode().get().equals(Currency.getInstance(
                row.platform() == Platform.GOOGLE_ADS ? "USD" : "EUR")));
    }

    @Test
    void launchedCampaign_beforeItsLaunch_hasNoRows() {
        LocalDate launch = LAST_DAY.minusDays(Campaigns.LAUNCHED_DAYS_AGO);

        assertThat(rowsOf(Campaigns.LAUNCHED_CAMPAIGN)).extracting(AdPerformanceDaily::dateDay)
                .allMatch(day -> !day.isBefore(launch)).contains(launch, LAST_DAY);
    }

    @Test
    void pausedCampaign_inItsPause_spendsNothingHavingSpentBefore() {
        LocalDate paused = LAST_DAY.minusDays(Campaigns.PAUSED_DAYS_AGO);
        List<AdPerformanceDaily> rows = rowsOf(Campaigns.PAUSED_CAMPAIGN);

        assertThat(rows).filteredOn(row -> !row.dateDay().isBefore(paused)).allMatch(row -> row.spend().signum() == 0);
        assertThat(rows).filteredOn(row -> row.dateDay().isBefore(paused)).hasSize(365 - 42)
                .allMatch(row -> row.spend().signum() > 0);
    }

    @Test
    void weekends_givenSocialAndBusinessChannels_goOppositeWays() {
        Map<Boolean, Double> meta = dailySpendByWeekend(row -> row.platform() == Platform.META_ADS);
        Map<Boolean, Double> linkedIn = dailySpendByWeekend(row -> row.platform() == Platform.LINKEDIN_ADS);
        Map<Boolean, Double> impressions = YEAR.search().stream()
                .collect(groupingBy(row -> weekend(row.dateDay()), averagingDouble(row -> row.impressions())));

        assertThat(meta.get(true)).isGreaterThan(meta.get(false) * 1.15);
        assertThat(linkedIn.get(true)).isLessThan(linkedIn.get(false) * 0.5);
        assertThat(impressions.get(true)).isLessThan(impressions.get(false));
    }

    @Test
    void year_givenEachAdPlatform_hasRatiosAMarketerWouldBelieve() {
        for (Platform platform : List.of(Platform.META_ADS, Platform.GOOGLE_ADS, Platform.MICROSOFT_ADS,
                Platform.LINKEDIN_ADS, Platform.TIKTOK_ADS)) {
            List<AdPerformanceDaily> rows = YEAR.ads().stream().filter(row -> row.platform() == platform).toList();
            double spend = rows.stream().mapToDouble(row -> row.spend().doubleValue()).sum();
            double clicks = rows.stream().mapToLong(AdPerformanceDaily::clicks).sum();
            double impressions = rows.stream().mapToLong(AdPerformanceDaily::impressions).sum();
            double conversions = rows.stream().mapToDouble(row -> row.conversions().doubleValue()).sum();
            double value = rows.stream().mapToDouble(row -> row.conversionsValue().doubleValue()).sum();

            assertThat(spend / clicks).as(platform + " CPC").isBetween(0.3, 3.0);
            assertThat(clicks / impressions).as(platform + " CTR").isBetween(0.005, 0.03);
            assertThat(conversions / clicks).as(platform + " conversion rate").isBetween(0.01, 0.05);
            assertThat(value / spend).as(platform + " ROAS").isBetween(1.5, 6.0);
        }
    }

    @Test
    void searchConsole_givenEveryDay_reportsCtrAsClicksOverImpressions() {
        assertThat(YEAR.search()).allSatisfy(row -> {
            assertThat(row.ctr()).isLessThanOrEqualTo(BigDecimal.ONE)
                    .isEqualByComparingTo(BigDecimal.valueOf(row.clicks()).divide(BigDecimal.valueOf(row.impressions()),
                            6, RoundingMode.HALF_UP));
            assertThat(row.position()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(20));
        });
    }

    private static List<AdPerformanceDaily> rowsOf(String campaignId) {
        return YEAR.ads().stream().filter(row -> row.campaignId().equals(campaignId)).toList();
    }

    /** Average spend of a day, weekend days against weekdays. */
    private static Map<Boolean, Double> dailySpendByWeekend(Predicate<AdPerformanceDaily> which) {
        Map<LocalDate, Double> perDay = YEAR.ads().stream().filter(which)
                .collect(groupingBy(AdPerformanceDaily::dateDay, summingDouble(row -> row.spend().doubleValue())));
        return perDay.entrySet().stream()
                .collect(groupingBy(entry -> weekend(entry.getKey()), averagingDouble(Map.Entry::getValue)));
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
