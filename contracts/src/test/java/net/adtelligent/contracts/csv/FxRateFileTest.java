package net.adtelligent.contracts.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.upload.RowProblem;
import org.junit.jupiter.api.Test;

class FxRateFileTest {

    private final List<FxRate> rates = new ArrayList<>();

    @Test
    void read_givenEcbRates_streamsThemInFileOrder() {
        List<RowProblem> problems = read("date,base,quote,rate,source\n2024-05-01,EUR,USD,1.0842,ECB\r\n"
                + "2024-05-01,EUR,CHF,0.9781,ECB\n\n2024-05-02,eur,usd,1.0713,ECB\n");

        assertThat(problems).isEmpty();
        assertThat(rates).containsExactly(
                rate("2024-05-01", "EUR", "USD", "1.0842"), rate("2024-05-01", "EUR", "CHF", "0.9781"),
                rate("2024-05-02", "EUR", "USD", "1.0713"));
    }

    @Test
    void read_givenSemicolonsByteOrderMarkAndOtherColumnOrder_readsTheDecimalComma() {
        List<RowProblem> problems = read("\uFEFFSource;Date;Base;Quote;Rate;Note\nECB;2024-05-01;EUR;GBP;0,8551;daily\n");

        assertThat(problems).isEmpty();
        assertThat(rates).containsExactly(rate("2024-05-01", "EUR", "GBP", "0.8551"));
    }

    @Test
    void read_givenBrokenLines_reportsEveryProblemWithLineAndColumnAndKeepsTheGoodRates() {
        List<RowProblem> problems = read("date,base,quote,rate,source\n01.05.2024,EUR,XYZ,1.08,ECB\n"
                + "2024-05-01,EUR,USD,0,ECB\n2024-05-01,USD,USD,1,ECB\n2024-05-01,EUR,USD,1.08,\n"
                + "2024-05-01,EUR,USD\n2024-05-03,EUR,USD,-1.2,ECB\n2024-05-04,EUR,JPY,169.5,ECB\n");

        assertThat(rates).containsExactly(rate("2024-05-04", "EUR", "JPY", "169.5"));
        assertThat(problems).containsExactly(
                new RowProblem(2, "date", "01.05.2024 is not a date written 2024-05-31"),
                new RowProblem(2, "quote", "'XYZ' is not a currency code (ISO 4217, such as EUR or USD)"),
                new RowProblem(3, "rate", "'0' is not a rate: a rate is above 0"),
                new RowProblem(4, "quote", "is the base currency too: a rate converts between two"),
                new RowProblem(5, "source", "names no source: say who published the rate, such as ECB"),
                new RowProblem(6, "", "has 3 fields where the header has 5"),
                new RowProblem(7, "rate", "'-1.2' is not a rate: a rate is above 0"));
    }

    @Test
    void read_givenHeaderWithoutRateColumns_saysWhichAreMissing() {
        assertThat(read("day,from,to,rate,source\n")).containsExactly(
                new RowProblem(1, "", "the header has no column date, base, quote: it needs date,base,quote,rate,source"));
        assertThat(read("")).containsExactly(new RowProblem(1, "", "the file is empty"));
    }

    private List<RowProblem> read(String file) {
        return FxRateFile.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), rates::add);
    }

    private static FxRate rate(String date, String base, String quote, String rate) {
        return new FxRate(LocalDate.parse(date), Currency.getInstance(base), Currency.getInstance(quote), new BigDecimal(rate), "ECB");
    }
}
