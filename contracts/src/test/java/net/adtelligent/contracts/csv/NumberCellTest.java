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

    /** Cells as machines write them take a shorter way, which must read each exactly as the general rules do. */
    @ParameterizedTest(name = "{0} as {1}, comma file {2}, semicolon file {3}")
    @CsvSource(delimiter = '|', value = {
            "12.50|MONEY|12.50|12.50", "-12.50|MONEY|-12.50|-12.50", "007|COUNT|7|7", "0.125|MONEY|0.125|0.125",
            "1.234|MONEY|1.234|1234", "1.234|COUNT|1234|1234", "-1.234|DECIMAL|-1.234|-1234", "12.5|COUNT|12.5|12.5",
            "123456789012345678901|COUNT|123456789012345678901|123456789012345678901", "0|MONEY|0|0", "-0|MONEY|0|0"})
    void parse_givenPlainCells_readsTheSameAsTheGeneralRules(String text, NumberCell.Kind kind, String comma, String semicolon) {
        assertThat(COMMA_FILE.parse(text, kind).get()).isEqualTo(new NumberCell.Amount(new BigDecimal(comma), Option.none()));
        assertThat(SEMICOLON_FILE.parse(text, kind).get()).isEqualTo(new NumberCell.Amount(new BigDecimal(semicolon), Option.none()));
        // The same cell with a space in front is no plain cell: the general way must agree.
        assertThat(COMMA_FILE.parse(" " + text, kind).get()).isEqualTo(COMMA_FILE.parse(text, kind).get());
        assertThat(SEMICOLON_FILE.parse(" " + text, kind).get()).isEqualTo(SEMICOLON_FILE.parse(text, kind).get());
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
