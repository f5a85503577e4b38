package net.adtelligent.contracts;

import static net.adtelligent.contracts.Column.Role.ADDITIVE;
import static net.adtelligent.contracts.Column.Role.DIMENSION;
import static net.adtelligent.contracts.Column.Role.ENVELOPE;
import static net.adtelligent.contracts.Column.Role.NON_ADDITIVE;
import static net.adtelligent.contracts.Column.Type.DATE;
import static net.adtelligent.contracts.Column.Type.DECIMAL;
import static net.adtelligent.contracts.Column.Type.INSTANT;
import static net.adtelligent.contracts.Column.Type.INTEGER;
import static net.adtelligent.contracts.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unified facts a stream can feed, with their columns in output order. Ad performance follows
 * the column names of the ad-reporting ecosystem; every column is documented in docs/contracts.md. A context
 * stream feeds no fact: it supplies attributes (currency, time zone, names) that other streams of
 * its platform look up.
 */
public enum Fact {
    AD_PERFORMANCE_DAILY("ad_performance_daily", withEnvelope(
            new Column("date_day", DATE, DIMENSION),
            text("account_id"), text("account_name"), text("campaign_id"), text("campaign_name"),
            text("ad_group_id"), text("ad_group_name"), text("ad_id"), text("ad_name"), text("currency_code"),
            new Column("spend", DECIMAL, ADDITIVE),
            new Column("impressions", INTEGER, ADDITIVE),
            new Column("clicks", INTEGER, ADDITIVE),
            new Column("conversions", DECIMAL, ADDITIVE),
            new Column("conversions_value", DECIMAL, ADDITIVE))),
    WEB_ANALYTICS_DAILY("web_analytics_daily", withEnvelope(
            new Column("date_day", DATE, DIMENSION),
            text("property_id"), text("source"), text("medium"), text("campaign_name"), text("event_name"),
            text("currency_code"),
            new Column("sessions", INTEGER, ADDITIVE),
            new Column("total_users", INTEGER, NON_ADDITIVE),
            new Column("conversions", DECIMAL, ADDITIVE),
            new Column("total_revenue", DECIMAL, ADDITIVE))),
    SEARCH_CONSOLE_DAILY("search_console_daily", withEnvelope(
            new Column("date_day", DATE, DIMENSION),
            text("site_url"), text("search_type"), text("query"), text("page"), text("country"), text("device"),
            new Column("clicks", INTEGER, ADDITIVE),
            new Column("impressions", INTEGER, ADDITIVE),
            new Column("ctr", DECIMAL, NON_ADDITIVE),
            new Column("position", DECIMAL, NON_ADDITIVE))),
    CONTEXT("context", List.of(
            text("account_id"), text("account_name"), text("currency_code"), text("time_zone"),
            text("campaign_id"), text("campaign_name"), text("ad_group_id"), text("ad_group_name"),
            text("ad_id"), text("ad_name"), text("property_id")));

    private final String id;
    private final List<Column> columns;
    // Rows hold their values in column order; a name finds its place here instead of a scan per lookup.
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<Column> mapped;

    Fact(String id, List<Column> columns) {
        this.id = id;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).name(), i);
        }
        this.mapped = this.columns.stream().filter(column -> column.role() != ENVELOPE).toList();
    }

    /** The name contract files use, e.g. {@code ad_performance_daily}. */
    public String id() {
        return id;
    }

    /** Every column in output order, envelope columns included. */
    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String name) {
        int position = position(name);
        return position < 0 ? Optional.empty() : Optional.of(columns.get(position));
    }

    /** The columns a contract's mapping accounts for: all but the envelope. */
    public List<Column> mappedColumns() {
        return mapped;
    }

    /** Where the column of this name is in {@link #columns()}; -1 if the fact has none. */
    int position(Object name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    static Optional<Fact> byId(String id) {
        return Arrays.stream(values()).filter(fact -> fact.id.equals(id)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(Fact::id).toList());
    }

    private static Column text(String name) {
        return new Column(name, TEXT, DIMENSION);
    }

    // Every fact row says whose it is, where it came from and when it was extracted.
    private static List<Column> withEnvelope(Column... own) {
        List<Column> all = new ArrayList<>();
        all.add(new Column("tenant_id", TEXT, ENVELOPE));
        all.add(new Column("connection_id", TEXT, ENVELOPE));
        all.add(new Column("platform", TEXT, ENVELOPE));
        all.addAll(List.of(own));
        all.add(new Column("source_extracted_at", INSTANT, ENVELOPE));
        return all;
    }
}
