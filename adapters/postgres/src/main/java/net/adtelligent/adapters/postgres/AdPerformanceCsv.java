package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.FactColumns.noneAsEmpty;

import io.vavr.control.Option;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import net.adtelligent.domain.fact.AdPerformanceDaily;

/**
 * Ad performance rows as COPY data in CSV format, in the column order of AdPerformanceImport, each
 * row numbered so the database knows which of a key's rows came last. In CSV, COPY reads an empty
 * unquoted field as null and "" as the empty string: every value is quoted, so an id stored as ''
 * for none stays '' and only an absent name or currency becomes null.
 */
final class AdPerformanceCsv {

    private final StringBuilder text = new StringBuilder();
    private long ordinal;

    void append(AdPerformanceDaily row) {
        text.append(++ordinal);
        field(row.dateDay().toString());
        field(row.connectionId().value().toString());
        field(row.platform().name());
        field(row.accountId());
        field(row.accountName());
        field(row.campaignId());
        field(row.campaignName());
        field(noneAsEmpty(row.adGroupId()));
        field(row.adGroupName());
        field(noneAsEmpty(row.adId()));
        field(row.adName());
        field(row.currencyCode().map(Currency::getCurrencyCode));
        field(row.spend().toPlainString());
        field(Long.toString(row.impressions()));
        field(Long.toString(row.clicks()));
        field(row.conversions().toPlainString());
        field(row.conversionsValue().toPlainString());
        field(DateTimeFormatter.ISO_INSTANT.format(Timestamps.utc(row.sourceExtractedAt())));
        text.append('\n');
    }

    int length() {
        return text.length();
    }

    /** The rows appended since the last call. */
    String drain() {
        String rows = text.toString();
        text.setLength(0);
        return rows;
    }

    private void field(String value) {
        text.append(",\"").append(value.replace("\"", "\"\"")).append('"');
    }

    private void field(Option<String> value) {
        if (value.isDefined()) {
            field(value.get());
        } else {
            text.append(',');
        }
    }
}
