package net.adtelligent.domain.upload;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.fact.Platform;

/**
 * How a file's columns become unified ad facts. {@code columns} maps a field of the generic CSV
 * contract ({@link #FIELDS}) to the file's column of that name. A currency column wins where a row
 * fills it; otherwise {@code currency} applies. Without an account column, {@code accountId}
 * names the account; without a campaign id, the campaign's name is its id. {@code source} names
 * the feed: files of one source share a connection, so a file uploaded again replaces its rows.
 * {@code platform}: the ad platform whose UI made the file, which its rows then carry; none for a
 * spreadsheet of unknown origin (platform CSV).
 */
public record CsvMapping(Map<String, String> columns, Option<Currency> currency, DateOrder dateOrder,
                         String accountId, String source, Option<Platform> platform) {

    /** The fields of the generic CSV contract (contracts/…/csv.generic.json), in output order. */
    public static final List<String> FIELDS = List.of("date", "account_id", "account_name", "campaign_id",
            "campaign_name", "ad_group_id", "ad_group_name", "ad_id", "ad_name", "currency_code", "spend",
            "impressions", "clicks", "conversions", "conversions_value");

    public static final String DEFAULT_SOURCE = "csv";

    public CsvMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(platform, "platform");
        if (platform.exists(named -> !named.reportsAdPerformance() || named == Platform.CSV)) {
            throw new IllegalArgumentException("not an ad platform whose UI exports ad rows: " + platform.get());
        }
        for (String field : columns.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("not a field of the generic CSV contract: " + field);
            }
        }
    }

    /** Of a file whose platform is unknown. */
    public CsvMapping(Map<String, String> columns, Option<Currency> currency, DateOrder dateOrder, String accountId,
                      String source) {
        this(columns, currency, dateOrder, accountId, source, Option.none());
    }

    /** The file's column for a field, if mapped. */
    public Option<String> column(String field) {
        return Option.of(columns.get(field));
    }
}
