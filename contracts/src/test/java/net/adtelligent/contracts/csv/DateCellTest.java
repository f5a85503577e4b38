package net.adtelligent.contracts.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.adtelligent.domain.upload.DateOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateCellTest {

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource({
            "2024-05-31, ISO, 2024-05-31", "2024-05-31, DAY_FIRST, 2024-05-31", "2024-05-31, MONTH_FIRST, 2024-05-31",
            "31/12/2024, DAY_FIRST, 2024-12-31", "31.12.2024, DAY_FIRST, 2024-12-31", "31-12-2024, DAY_FIRST, 2024-12-31",
            "1.5.2024, DAY_FIRST, 2024-05-01", "12/31/2024, MONTH_FIRST, 2024-12-31", "5/1/2024, MONTH_FIRST, 2024-05-01",
            "29/02/2024, DAY_FIRST, 2024-02-29"})
    void parse_givenDayInItsOrder_readsIt(String text, DateOrder order, LocalDate day) {
        assertThat(DateCell.parse(text, order).get()).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "31/02/2024|DAY_FIRST|31/02/2024 is not a date (day_first)",
            "29/02/2023|DAY_FIRST|29/02/2023 is not a date (day_first)",
            "2024-13-01|ISO|2024-13-01 is not a date (ISO)",
            "12/31/2024|DAY_FIRST|12/31/2024 is not a date (day_first)",
            "31.12.2024|MONTH_FIRST|31.12.2024 is not a date (month_first: 12/31/2024)",
            "31/12.2024|DAY_FIRST|31/12.2024 is not a date (day_first: 31/12/2024, 31.12.2024 or 31-12-2024)",
            "31/12/24|DAY_FIRST|31/12/24 has no four-digit year: write years in full, like 2024",
            "May 1, 2024|ISO|May 1, 2024 is not a date (2024-05-31)"})
    void parse_givenNoDayInThatOrder_saysWhy(String text, DateOrder order, String reason) {
        assertThat(DateCell.parse(text, order).getLeft()).isEqualTo(reason);
    }
}
