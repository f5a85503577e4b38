package net.adtelligent.contracts.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberCellTest {

    private static final NumberCell COMMA_FILE = new NumberCell('.');
    private static final NumberCell SEMICOLON_FILE = new NumberCell(',');

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1,234.56|1234.56", "1.234,56|1234.56", "1 234,56|1234.56", "1\u00A0234,56|1234.56", "1'234.50|1234.50",
            "1,234,567.8|1234567.8", "1.234.567|1234567", "12,5|12.5", "0,125|0.125", ".5|0.5", "12.50|12.50",
            "€12.50|12.50", "$1,200|1200", "12.50 EUR|12.50", "EUR 12.50|12.50", "12,50 €|12.50", "-3|-3", "(12.50)|-12.50",
            "- 4.2|-4.2"})
    void parse_givenLocaleFormats_readsTheAmount(String text, String expected) {
        assertThat(COMMA_FILE.parse(text, NumberCell.Kind.MONEY).get().value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"12,5x", "1,23.4", "1.2.3,4,5", "12 50", "abc", "12.5 kg", "12.50 XYZ", "0,123,456",
            "€", "1,2345,678", "1.234,567.8", "EUR 12 USD", "--3"})
    void parse_givenNoNumber_saysSo(String text) {
        assertThat(COMMA_FILE.parse(text, NumberCell.Kind.MONEY).getLeft()).isEqualTo("'" + text + "' is not a number");
    }

    @Test
    void parse_givenAmbiguousThreeDigits_readsAsTheFilesLocaleWritesIt() {
        assertThat(COMMA_FILE.parse("1,234", NumberCell.Kind.MONEY).get().value()).isEqualTo(new BigDecimal("1234"));
        assertThat(COMMA_FILE.parse("1.234", NumberCell.Kind.MONEY).get().value()).isEqualTo(new BigDecimal("1.234"));
        assertThat(SEMICOLON_FILE.parse("1.234", NumberCell.Kind.MONEY).get().value()).isEqualTo(new BigDecimal("1234"));
        assertThat(SEMICOLON_FILE.parse("1,234", NumberCell.Kind.MONEY).get().value()).isEqualTo(new BigDecimal("1.234"));
    }

    @Test
    void parse_givenAmbiguousCount_readsThousandsInEveryLocale() {
        assertThat(COMMA_FILE.parse("1.234", NumberCell.Kind.COUNT).get().value()).isEqualTo(new BigDecimal("1234"));
        assertThat(SEMICOLON_FILE.parse("1,234", NumberCell.Kind.COUNT).get().value()).isEqualTo(new BigDecimal("1234"));
        assertThat(SEMICOLON_FILE.parse("1,5", NumberCell.Kind.COUNT).get().value()).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void parse_givenCurrencyMarks_namesTheCurrencyOnlyWhereItIsUnambiguous() {
        assertThat(COMMA_FILE.parse("€12.50", NumberCell.Kind.MONEY).get().currency()).isEqualTo(Option.of("EUR"));
        assertThat(COMMA_FILE.parse("12.50 chf", NumberCell.Kind.MONEY).get().currency()).isEqualTo(Option.of("CHF"));
        assertThat(COMMA_FILE.parse("US$3", NumberCell.Kind.MONEY).get().currency()).isEqualTo(Option.of("USD"));
        assertThat(COMMA_FILE.parse("$3", NumberCell.Kind.MONEY).get().currency()).isEqualTo(Option.none());
        assertThat(COMMA_FILE.parse("12", NumberCell.Kind.MONEY).get().currency()).isEqualTo(Option.none());
    }

    @Test
    void parse_givenCurrencyOnACountOrDecimal_refusesIt() {
        assertThat(COMMA_FILE.parse("€12", NumberCell.Kind.COUNT).isLeft()).isTrue();
        assertThat(COMMA_FILE.parse("3 EUR", NumberCell.Kind.DECIMAL).isLeft()).isTrue();
    }
}
