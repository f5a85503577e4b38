package net.adtelligent.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MetricsRoundingTest {

    @Test
    void money_givenCurrenciesOfEachExponent_roundsToTheirMinorUnitsHalfEven() {
        BigDecimal spend = new BigDecimal("23379.739255661285947224787308823254574942");

        assertThat(MetricsRounding.money(spend, Currency.getInstance("EUR"))).hasToString("23379.74");
        assertThat(MetricsRounding.money(spend, Currency.getInstance("JPY"))).hasToString("23380");
        assertThat(MetricsRounding.money(spend, Currency.getInstance("KWD"))).hasToString("23379.739");
        assertThat(MetricsRounding.money(new BigDecimal("0.125"), Currency.getInstance("EUR"))).hasToString("0.12");
        assertThat(MetricsRounding.money(new BigDecimal("0.135"), Currency.getInstance("EUR"))).hasToString("0.14");
        assertThat(MetricsRounding.money(new BigDecimal("5"), Currency.getInstance("EUR"))).hasToString("5.00");
    }

    @Test
    void ratio_givenAZeroDenominator_isNoneElseSixPlaces() {
        assertThat(MetricsRounding.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
        assertThat(MetricsRounding.ratio(BigDecimal.valueOf(2), BigDecimal.valueOf(3)).get()).hasToString("0.666667");
        assertThat(MetricsRounding.ratio(BigDecimal.TEN, BigDecimal.valueOf(4)).get()).hasToString("2.500000");
    }
}
