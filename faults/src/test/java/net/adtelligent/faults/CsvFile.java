package net.adtelligent.faults;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * A marketer's export as the harness sends it: days × campaigns, each row's spend known, so what
 * the facts hold can be compared with what was sent to the cent. Every file is mapped onto an
 * account of its own, so its rows are told apart from every other file's in the facts.
 */
record CsvFile(String account, String fileName, byte[] bytes, long rows, BigDecimal spend) {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;

    /** {@code rows} rows: campaign after campaign, a year of days each. */
    static CsvFile of(String account, int rows) {
        Random random = new Random(account.hashCode());
        StringBuilder text = new StringBuilder("Day,Campaign,Cost,Clicks\n");
        BigDecimal spend = BigDecimal.ZERO;
        for (int row = 0; row < rows; row++) {
            BigDecimal cost = BigDecimal.valueOf(random.nextInt(100_000), 2);
            spend = spend.add(cost);
            text.append(FIRST_DAY.plusDays(row % DAYS)).append(",Campaign ").append(row / DAYS).append(',')
                    .append(cost.toPlainString()).append(',').append(random.nextInt(500)).append('\n');
        }
        return new CsvFile(account, account + ".csv", text.toString().getBytes(StandardCharsets.UTF_8), rows, spend);
    }

    /** The mapping of PUT …/mapping/: the columns, the currency, and the file's own account. */
    Map<String, Object> mapping() {
        return Map.of(
                "columns", Map.of("date", "Day", "campaign_name", "Campaign", "spend", "Cost", "clicks", "Clicks"),
                "currency", "EUR",
                "account_id", account,
                "source", "fault-harness");
    }
}
