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
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.SearchConsoleKey;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** What every SearchConsoleStore must do, beyond what every daily fact store does. */
public abstract class SearchConsoleStoreContract extends DailyFactStoreContract<SearchConsoleKey, SearchConsoleDaily> {

    @Override
    protected abstract SearchConsoleStore store();

    @Override
    protected SearchConsoleDaily row(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                     Instant extractedAt) {
        return FactFixtures.search(tenant, connection, day, variant, extractedAt);
    }

    @Override
    protected SearchConsoleDaily restated(SearchConsoleDaily row, Instant extractedAt) {
        return FactFixtures.restated(row, extractedAt);
    }

    /** search_analytics_by_date (no dimensions) and by_query land in one table without colliding. */
    @Test
    void upsert_givenDailyTotalsAndAQueryBreakdown_keepsBoth() {
        SearchConsoleDaily totals = new SearchConsoleDaily(tenant, connection, DAY, "sc-domain:example.com", "web",
                Option.none(), Option.none(), Option.none(), Option.none(), 40, 1200, new BigDecimal("0.0333"),
                new BigDecimal("7.4"), EXTRACTED);
        SearchConsoleDaily byQuery = new SearchConsoleDaily(tenant, connection, DAY, "sc-domain:example.com", "web",
                Option.of("laufschuhe größe 44"), Option.none(), Option.none(), Option.none(), 3, 90,
                new BigDecimal("0.0333333333"), new BigDecimal("4.123456"), EXTRACTED);

        store.upsert(tenant, List.of(totals, byQuery));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(totals, byQuery);
    }

    @Test
    void upsert_givenTheSameQueryInWebAndImageSearch_keepsBoth() {
        SearchConsoleDaily web = FactFixtures.search(tenant, connection, DAY, 1, EXTRACTED);
        SearchConsoleDaily image = new SearchConsoleDaily(tenant, connection, DAY, web.siteUrl(), "image", web.query(),
                web.page(), web.country(), web.device(), 1, 50, new BigDecimal("0.02"), new BigDecimal("12"), EXTRACTED);

        store.upsert(tenant, List.of(web, image));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(web, image);
    }
}
