package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A {@link SearchConsoleDaily} part by part, by name: dimensions default to none, measures to zero;
 * the rest is required. Null given for an optional part: none.
 */
public final class SearchConsoleDailyBuilder {

    private TenantId tenantId;
    private ConnectionId connectionId;
    private LocalDate dateDay;
    private String siteUrl;
    private String searchType;
    private Option<String> query = Option.none();
    private Option<String> page = Option.none();
    private Option<String> country = Option.none();
    private Option<String> device = Option.none();
    private long clicks;
    private long impressions;
    private BigDecimal ctr = BigDecimal.ZERO;
    private BigDecimal position = BigDecimal.ZERO;
    private Instant sourceExtractedAt;

    SearchConsoleDailyBuilder() {
    }

    public SearchConsoleDailyBuilder tenantId(TenantId tenantId) {
        this.tenantId = tenantId;
        return this;
    }

    public SearchConsoleDailyBuilder connectionId(ConnectionId connectionId) {
        this.connectionId = connectionId;
        return this;
    }

    public SearchConsoleDailyBuilder dateDay(LocalDate dateDay) {
        this.dateDay = dateDay;
        return this;
    }

    public SearchConsoleDailyBuilder siteUrl(String siteUrl) {
        this.siteUrl = siteUrl;
        return this;
    }

    public SearchConsoleDailyBuilder searchType(String searchType) {
        this.searchType = searchType;
        return this;
    }

    public SearchConsoleDailyBuilder query(String query) {
        this.query = Option.of(query);
        return this;
    }

    public SearchConsoleDailyBuilder page(String page) {
        this.page = Option.of(page);
        return this;
    }

    public SearchConsoleDailyBuilder country(String country) {
        this.country = Option.of(country);
        return this;
    }

    public SearchConsoleDailyBuilder device(String device) {
        this.device = Option.of(device);
        return this;
    }

    public SearchConsoleDailyBuilder clicks(long clicks) {
        this.clicks = clicks;
        return this;
    }

    public SearchConsoleDailyBuilder impressions(long impressions) {
        this.impressions = impressions;
        return this;
    }

    public SearchConsoleDailyBuilder ctr(BigDecimal ctr) {
        this.ctr = ctr;
        return this;
    }

    public SearchConsoleDailyBuilder position(BigDecimal position) {
        this.position = position;
        return this;
    }

    public SearchConsoleDailyBuilder sourceExtractedAt(Instant sourceExtractedAt) {
        this.sourceExtractedAt = sourceExtractedAt;
        return this;
    }

    /** Checked as the constructor checks: a required part left out is named. */
    public SearchConsoleDaily build() {
        return new SearchConsoleDaily(tenantId, connectionId, dateDay, siteUrl, searchType, query, page, country,
                device, clicks, impressions, ctr, position, sourceExtractedAt);
    }
}
