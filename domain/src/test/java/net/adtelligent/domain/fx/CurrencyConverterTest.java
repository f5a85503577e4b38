package net.adtelligent.domain.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 5);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 7);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 8);

    private static FxRate rate(LocalDate day, String base, String quote, String rate) {
        return new FxRate(day, Currency.getInstance(base), Currency.getInstance(quote), new BigDecimal(rate), "ECB");
    }

    @Test
    void convert_givenSameCurrency_answersTheAmountUnchangedWithoutAnyRate() {
        Money spend = Money.of("12.345", "EUR");

        assertThat(CurrencyConverter.of(List.of()).convert(spend, SUNDAY, EUR).get()).isSameAs(spend);
    }

    @Test
    void convert_givenDirectRateOfTheDay_multipliesExactly() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "1.0842")));

        Money usd = converter.convert(Money.of("100.25", "EUR"), FRIDAY, USD).get();

        assertThat(usd.amount()).isEqualTo(new BigDecimal("108.691050")); // exact: scale 2 + 4
        assertThat(usd.currency()).isEqualTo(USD);
    }

    @Test
    void convert_givenWeekend_usesFridaysRateNotThursdays() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(
                rate(THURSDAY, "EUR", "USD", "1.0800"), rate(FRIDAY, "EUR", "USD", "1.1000")));

        assertThat(converter.convert(Money.of("10", "EUR"), SATURDAY, USD).get().amount()).isEqualByComparingTo("11");
        assertThat(converter.convert(Money.of("10", "EUR"), SUNDAY, USD).get().amount()).isEqualByComparingTo("11");
    }

    @Test
    void convert_givenOnlyTheOppositeRate_dividesByIt() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "1.25")));

        Money eur = converter.convert(Money.of("50", "USD"), FRIDAY, EUR).get();

        assertThat(eur.amount()).isEqualByComparingTo("40");
    }

    @Test
    void convert_givenInverseOfANonTerminatingRate_keeps34SignificantDigitsOfIt() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "3")));

        Money eur = converter.convert(Money.of("1", "USD"), FRIDAY, EUR).get();

        assertThat(eur.amount()).isEqualTo(BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128));
        assertThat(eur.roundedForDisplay().amount()).isEqualTo(new BigDecimal("0.33"));
    }

    @Test
    void convert_givenNoRateBetweenThePairButBothAgainstEur_goesThroughEur() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(
                rate(FRIDAY, "EUR", "GBP", "0.80"), rate(FRIDAY, "EUR", "JPY", "160")));

        Money yen = converter.convert(Money.of("8", "GBP"), FRIDAY, JPY).get();

        assertThat(yen.amount()).isEqualByComparingTo("1600"); // 8 GBP = 10 EUR = 1600 JPY
    }

    @Test
    void convert_givenDirectRateThursdayAndPivotRouteFriday_usesTheNearestDay() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(
                rate(THURSDAY, "GBP", "USD", "1.00"),
                rate(FRIDAY, "EUR", "GBP", "0.80"), rate(FRIDAY, "EUR", "USD", "1.20")));

        Money usd = converter.convert(Money.of("8", "GBP"), SATURDAY, USD).get();

        assertThat(usd.amount()).isEqualByComparingTo("12"); // Friday through EUR, not Thursday's 8
    }

    @Test
    void convert_givenRateOnlyBeyondTheWindow_isNotConvertibleAndSaysWhy() {
        LocalDate eightDaysBefore = SUNDAY.minusDays(8);
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(eightDaysBefore, "EUR", "USD", "1.1")));

        Either<NotConvertible, Money> result = converter.convert(Money.of("10", "EUR"), SUNDAY, USD);

        assertThat(result.getLeft()).isEqualTo(new NotConvertible.NoRate(EUR, USD, SUNDAY, 7));
        assertThat(result.getLeft().detail()).isEqualTo("no EUR/USD rate on 2026-11-08 nor in the 7 days before");
        assertThat(converter.convert(Money.of("10", "EUR"), SUNDAY.minusDays(1), USD).isRight()).isTrue();
    }

    @Test
    void convert_givenOnlyALaterRate_neverUsesTheFuture() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "1.1")));

        assertThat(converter.convert(Money.of("10", "EUR"), THURSDAY, USD).isLeft()).isTrue();
    }

    @Test
    void convert_givenNoLookback_usesOnlyTheDayItself() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "1.1")), 0,
                CurrencyConverter.DEFAULT_PIVOTS);

        assertThat(converter.convert(Money.of("10", "EUR"), SATURDAY, USD).getLeft())
                .isEqualTo(new NotConvertible.NoRate(EUR, USD, SATURDAY, 0));
    }

    @Test
    void convert_givenUnknownCurrency_isNotConvertibleEvenToTheSameTarget() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "1.1")));

        Either<NotConvertible, Money> result = converter.convert(Option.none(), new BigDecimal("10"), FRIDAY, EUR);

        assertThat(result.getLeft()).isEqualTo(new NotConvertible.UnknownCurrency(FRIDAY, EUR));
        assertThat(result.getLeft().detail()).contains("unknown").contains("EUR");
    }

    @Test
    void convert_givenKnownCurrencyAsOption_convertsLikeMoney() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "1.1")));

        assertThat(converter.convert(Option.of(EUR), new BigDecimal("10"), FRIDAY, USD).get().amount())
                .isEqualByComparingTo("11");
    }

    @Test
    void convert_givenTinyAmounts_keepsFullPrecisionSoTheirSumIsExact() {
        CurrencyConverter converter = CurrencyConverter.of(List.of(rate(FRIDAY, "EUR", "USD", "1.1")));
        Money total = Money.zero(USD);
        for (int i = 0; i < 1000; i++) {
            total = total.plus(converter.convert(Money.of("0.004", "EUR"), FRIDAY, USD).get());
        }

        // Rounding each 0.0044 USD to cents would have summed to 0.00.
        assertThat(total.amount()).isEqualByComparingTo("4.4");
    }

    @Test
    void earliestRateDay_givenFirstDayOfAPeriod_reachesBackTheLookback() {
        assertThat(CurrencyConverter.earliestRateDay(SUNDAY, 7)).isEqualTo(LocalDate.of(2026, 11, 1));
    }
}
