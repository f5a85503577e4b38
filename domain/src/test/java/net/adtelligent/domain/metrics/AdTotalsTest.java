package net.adtelligent.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AdTotalsTest {

    private static final AdTotals CAMPAIGN = new AdTotals(new BigDecimal("250.00"), 100_000, 2_000, new BigDecimal("40"),
            new BigDecimal("1000.00"));

    @Test
    void ratios_givenSums_areTheRatiosOfTheSums() {
        assertThat(CAMPAIGN.ctr().get()).isEqualByComparingTo("0.02");
        assertThat(CAMPAIGN.cpc().get()).isEqualByComparingTo("0.125");
        assertThat(CAMPAIGN.cpm().get()).isEqualByComparingTo("2.5");
        assertThat(CAMPAIGN.cpa().get()).isEqualByComparingTo("6.25");
        assertThat(CAMPAIGN.roas().get()).isEqualByComparingTo("4");
    }

    @Test
    void ratios_givenZeroDenominators_areNoneNotZero() {
        AdTotals nothing = AdTotals.ZERO;

        assertThat(nothing.ctr().isEmpty()).isTrue();
        assertThat(nothing.cpc().isEmpty()).isTrue();
        assertThat(nothing.cpm().isEmpty()).isTrue();
        assertThat(nothing.cpa().isEmpty()).isTrue();
        assertThat(nothing.roas().isEmpty()).isTrue();
    }

    @Test
    void plus_givenTwoDays_sumsBeforeDividing() {
        AdTotals cheap = new AdTotals(new BigDecimal("1"), 1000, 100, BigDecimal.ONE, BigDecimal.ZERO);
        AdTotals dear = new AdTotals(new BigDecimal("99"), 1000, 1, BigDecimal.ZERO, BigDecimal.ZERO);

        // Averaging the days' CPCs (0.01 and 99) would say 49.5; the truth is 100 / 101.
        assertThat(cheap.plus(dear).cpc().get()).hasToString("0.990099");
    }

    @Test
    void ratios_givenThirdsAndLargeNumbers_roundToSixPlacesHalfEven() {
        AdTotals third = new AdTotals(BigDecimal.ONE, 3, 3, new BigDecimal("3"), BigDecimal.ONE);
        AdTotals large = new AdTotals(new BigDecimal("123456789.0000005"), 1, 1, BigDecimal.ONE, BigDecimal.ONE);
        AdTotals half = new AdTotals(new BigDecimal("0.0000025"), 1, 1, BigDecimal.ONE, BigDecimal.ONE);

        assertThat(third.cpc().get()).hasToString("0.333333");
        assertThat(large.cpc().get()).as("fixed places, not significant digits").hasToString("123456789.000000");
        assertThat(half.cpc().get()).as("half to the even neighbour").hasToString("0.000002");
    }
}
