package net.adtelligent.domain.fact;

import static net.adtelligent.domain.fact.AdRows.EXTRACTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.List;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class RestatementsTest {

    @Test
    void latestPerKey_givenSameKeyThreeTimes_keepsTheLatestExtractionAtTheFirstPosition() {
        AdPerformanceDaily first = AdRows.ad("ad-1", "10", EXTRACTED);
        AdPerformanceDaily other = AdRows.ad("ad-2", "3", EXTRACTED);
        AdPerformanceDaily latest = AdRows.ad("ad-1", "12", EXTRACTED.plusSeconds(60));
        AdPerformanceDaily stale = AdRows.ad("ad-1", "9", EXTRACTED.minusSeconds(60));

        assertThat(Restatements.latestPerKey(AdRows.TENANT, List.of(first, other, latest, stale)))
                .containsExactly(latest, other);
    }

    @Test
    void latestPerKey_givenEqualExtractions_keepsTheLaterInTheBatch() {
        AdPerformanceDaily earlier = AdRows.ad("ad-1", "10", EXTRACTED);
        AdPerformanceDaily later = AdRows.ad("ad-1", "11", EXTRACTED);

        assertThat(Restatements.latestPerKey(AdRows.TENANT, List.of(earlier, later))).containsExactly(later);
    }

    @Test
    void latestPerKey_givenRowOfAnotherTenant_refusesTheWholeBatch() {
        AdPerformanceDaily ours = AdRows.ad("ad-1", "10", EXTRACTED);
        AdPerformanceDaily theirs = AdRows.row(TenantId.random(), Option.of("ag-1"), Option.of("ad-1"),
                BigDecimal.ONE, EXTRACTED);

        assertThatThrownBy(() -> Restatements.latestPerKey(AdRows.TENANT, List.of(ours, theirs)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds a row of tenant");
    }
}
