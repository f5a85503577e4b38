package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.FactColumns.noneAsEmpty;

import io.vavr.control.Option;
import java.time.Instant;
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
    // The rows of one import share their connection and extraction time: each is written out once.
    private Object connection;
    private String connectionText;
    private Instant extracted;
    private String extractedText;

    void append(AdPerformanceDaily row) {
        text.append(++ordinal);
        field(row.dateDay().toString());
        field(connection(row));
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
        field(extracted(row.sourceExtractedAt()));
        text.append('\n');
    }

    private String connection(AdPerformanceDaily row) {
        if (!row.connectionId().equals(connection)) {
            connection = row.connectionId();
            connectionText = row.connectionId().value().toString();
        }
        return connectionText;
    }

    private String extracted(Instant at) {
        if (!at.equals(extracted)) {
            extracted = at;
            extractedText = DateTimeFormatter.ISO_INSTANT.format(Timestamps.utc(at));
        }
        return extractedText;
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
        text.append(",\"");
        if (value.indexOf('"') < 0) {
            text.append(value);
        } else {
            text.append(value.replace("\"", "\"\""));
        }
        text.append('"');
    }

    private void field(Option<String> value) {
        if (value.isDefined()) {
            field(value.get());
        } else {
            text.append(',');
        }
    }
}
