package net.adtelligent.domain.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void plus_givenAnotherCurrency_isRefusedInsteadOfSummedSilently() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("convert first");
    }

    @Test
    void roundedForDisplay_givenHalfCents_roundsHalfToEvenInTheCurrencysMinorUnit() {
        assertThat(Money.of("2.345", "EUR").roundedForDisplay().amount()).isEqualTo(new BigDecimal("2.34"));
        assertThat(Money.of("2.355", "EUR").roundedForDisplay().amount()).isEqualTo(new BigDecimal("2.36"));
        assertThat(Money.of("1234.5", "JPY").roundedForDisplay().amount()).isEqualTo(new BigDecimal("1234"));
    }

    @Test
    void isSameAmountAs_givenDifferentScales_comparesTheValue() {
        assertThat(Money.of("12.5", "EUR").isSameAmountAs(Money.of("12.50", "EUR"))).isTrue();
        assertThat(Money.of("12.5", "EUR").isSameAmountAs(Money.of("12.5", "USD"))).isFalse();
    }

    @Test
    void fxRate_givenSameCurrencyZeroRateOrNoSource_isRefused() {
        Currency eur = Currency.getInstance("EUR");
        Currency usd = Currency.getInstance("USD");
        LocalDate day = LocalDate.of(2026, 11, 6);

        assertThatThrownBy(() -> new FxRate(day, eur, eur, BigDecimal.ONE, "ECB"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FxRate(day, eur, usd, BigDecimal.ZERO, "ECB"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FxRate(day, eur, usd, BigDecimal.ONE, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
