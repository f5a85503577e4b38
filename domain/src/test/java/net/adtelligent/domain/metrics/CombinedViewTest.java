package net.adtelligent.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.Test;

class CombinedViewTest {

    // Monday 29 April 2024: the week runs into May.
    private static final LocalDate MONDAY = LocalDate.of(2024, 4, 29);
    private static final DateRange DAYS = DateRange.of(MONDAY, MONDAY.plusDays(6));

    private static CombinedRow row(int day, Platform platform, String campaign, String spend) {
        return new CombinedRow(MONDAY.plusDays(day), Option.of(platform), Option.of(campaign), Option.of("C " + campaign),
                new AdTotals(new BigDecimal(spend), 100, 10, BigDecimal.ONE, BigDecimal.TEN));
    }

    private static final List<CombinedRow> ROWS = List.of(row(0, Platform.META_ADS, "1", "5"), row(2, Platform.META_ADS, "1", "7"),
            row(3, Platform.GOOGLE_ADS, "2", "11"), row(9, Platform.GOOGLE_ADS, "2", "99"));

    @Test
    void of_givenMonthsWithoutSplit_sumsEachMonthAndLeavesOutOtherDays() {
        List<CombinedRow> months = CombinedView.of(ROWS, DAYS, EnumSet.allOf(Platform.class), Granularity.MONTH, GroupBy.NONE);

        assertThat(months).extracting(CombinedRow::period).containsExactly(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
        assertThat(months).extracting(r -> r.totals().spend().toPlainString()).containsExactly("5", "18");
        assertThat(months).allSatisfy(r -> assertThat(r.platform().isEmpty()).isTrue());
    }

    @Test
    void of_givenWeeksByPlatformForOnePlatform_keepsOnlyIt() {
        List<CombinedRow> weeks = CombinedView.of(ROWS, DAYS, EnumSet.of(Platform.GOOGLE_ADS), Granularity.WEEK, GroupBy.PLATFORM);

        assertThat(weeks).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo(MONDAY);
            assertThat(r.platform().get()).isEqualTo(Platform.GOOGLE_ADS);
            assertThat(r.totals().spend()).isEqualByComparingTo("11");
        });
    }

    @Test
    void of_givenCampaigns_keepsIdsAndNamesAndTotalsAddUp() {
        List<CombinedRow> campaigns = CombinedView.of(ROWS, DAYS, EnumSet.allOf(Platform.class), Granularity.WEEK, GroupBy.CAMPAIGN);

        assertThat(campaigns).extracting(r -> r.campaignId().get() + "=" + r.totals().spend().toPlainString())
                .containsExactly("1=12", "2=11");
        assertThat(CombinedView.total(campaigns).spend()).isEqualByComparingTo("23");
    }
}
