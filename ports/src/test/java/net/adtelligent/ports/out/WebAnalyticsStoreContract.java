package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.fact.WebAnalyticsKey;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** What every WebAnalyticsStore must do, beyond what every daily fact store does. */
public abstract class WebAnalyticsStoreContract extends DailyFactStoreContract<WebAnalyticsKey, WebAnalyticsDaily> {

    @Override
    protected abstract WebAnalyticsStore store();

    @Override
    protected WebAnalyticsDaily row(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                    Instant extractedAt) {
        return FactFixtures.web(tenant, connection, day, variant, extractedAt);
    }

    @Override
    protected WebAnalyticsDaily restated(WebAnalyticsDaily row, Instant extractedAt) {
        return FactFixtures.restated(row, extractedAt);
    }

    private WebAnalyticsDaily traffic(String source, String medium, String revenue) {
        return new WebAnalyticsDaily(tenant, connection, DAY, "properties/1", Option.of(source), Option.of(medium),
                Option.none(), Option.none(), 10, 9, new BigDecimal("0.5"), new BigDecimal(revenue), Option.none(),
                EXTRACTED);
    }

    /** GA4's placeholders are values like any other: direct traffic is not unattributed traffic. */
    @Test
    void upsert_givenPlaceholderSourcesOfGa4_keepsThemApart() {
        WebAnalyticsDaily direct = traffic("(direct)", "(none)", "10");
        WebAnalyticsDaily notSet = traffic("(not set)", "(not set)", "20");

        store.upsert(tenant, List.of(direct, notSet));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(direct, notSet);
    }

    /** GA4 subtracts refunds: a day's revenue may be negative; an unknown currency stays unknown. */
    @Test
    void upsert_givenNegativeRevenueAndUnknownCurrency_readsThemBackAsWritten() {
        WebAnalyticsDaily refunds = traffic("google", "cpc", "-49.990");

        store.upsert(tenant, List.of(refunds));

        WebAnalyticsDaily read = readAll(tenant, DateRange.day(DAY)).get(0);
        assertThat(read.totalRevenue()).isEqualTo(new BigDecimal("-49.990"));
        assertThat(read).isEqualTo(refunds);
    }

    /** Text as people type it (quotes, commas, a line break, a backslash, two quotes alone), and a row without campaign or event. */
    @Test
    void upsert_givenTextWithQuotesCommasLineBreaksAndBackslashes_readsItBackAsWritten() {
        WebAnalyticsDaily awkward = new WebAnalyticsDaily(tenant, connection, DAY, "properties/1", Option.of("news\\letter"),
                Option.of("e,mail"), Option.of("Spring \"Sale\", 50%\nsecond line"), Option.of("\"\""), 1, 1,
                BigDecimal.ONE, new BigDecimal("12.5000"), Option.none(), EXTRACTED);
        WebAnalyticsDaily bare = traffic("(direct)", "(none)", "0");

        store.upsert(tenant, List.of(awkward, bare));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(awkward, bare);
    }
}
