package net.adtelligent.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class SnapshotCalculatorTest {

    private static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final DateRange WINDOW = DateRange.of(MAY_1, MAY_1.plusDays(1));
    private static final CurrencyConverter RATES = CurrencyConverter.of(List.of(
            new FxRate(MAY_1, EUR, USD, new BigDecimal("1.25"), "ECB")));

    private static AdAggregate sum(LocalDate day, Platform platform, Currency currency, String spend, long clicks) {
        return new AdAggregate(day, platform, Option.none(), Option.none(), Option.of(currency).filter(c -> c != null),
                new AdTotals(new BigDecimal(spend), clicks * 10, clicks, BigDecimal.ONE, new BigDecimal(spend)), 3);
    }

    private static MetricsSnapshot compute(List<AdAggregate> ads, Instant at) {
        return SnapshotCalculator.compute(TENANT, WINDOW, ZoneId.of("Europe/Berlin"), EUR, RATES, ads,
                List.of(new WebDaily(MAY_1, "google", "cpc", Option.of(USD), 100, 80, BigDecimal.ONE, new BigDecimal("12.50")),
                        new WebDaily(MAY_1, "google", "cpc", Option.of(EUR), 10, 8, BigDecimal.ONE, new BigDecimal("5")),
                        new WebDaily(MAY_1, "(direct)", "(none)", Option.of(EUR), 7, 7, BigDecimal.ZERO, BigDecimal.ZERO)),
                List.of(new SearchDaily(MAY_1, "sc-domain:example.com", 5, 100, new BigDecimal("350"))),
                List.of(new SourceFreshness(new ConnectionId(UUID.fromString("00000000-0000-0000-0000-0000000000c1")), Platform.META_ADS, Option.none(),
                        Option.of(Instant.parse("2024-05-02T03:00:00Z")), Option.of(MAY_1))), at);
    }

    @Test
    void compute_givenTwoCurrenciesOnOnePlatformDay_convertsEachBeforeAdding() {
        MetricsSnapshot snapshot = compute(List.of(sum(MAY_1, Platform.META_ADS, EUR, "10", 1),
                sum(MAY_1, Platform.META_ADS, USD, "50", 2)), Instant.EPOCH);

        assertThat(snapshot.adRows()).singleElement().satisfies(row -> {
            assertThat(row.totals().spend()).isEqualByComparingTo("50");
            assertThat(row.totals().clicks()).isEqualTo(3);
        });
        assertThat(snapshot.web()).extracting(WebDaily::source).containsExactly("(direct)", "google");
        assertThat(snapshot.web().get(1).revenue()).as("12.50 USD at 1.25 plus 5 EUR").isEqualByComparingTo("15");
        assertThat(snapshot.web().get(1).sessions()).isEqualTo(110);
        assertThat(snapshot.search().get(0).totals().averagePosition().get()).isEqualByComparingTo("3.5");
    }

    @Test
    void compute_givenADayWithoutARate_countsItInsteadOfSummingIt() {
        MetricsSnapshot snapshot = compute(List.of(sum(MAY_1, Platform.GOOGLE_ADS, EUR, "10", 1),
                sum(MAY_1, Platform.GOOGLE_ADS, Currency.getInstance("JPY"), "5000", 2)), Instant.EPOCH);

        assertThat(snapshot.totals().spend()).isEqualByComparingTo("10");
        assertThat(snapshot.unconverted().adRows()).isEqualTo(3);
        assertThat(snapshot.unconverted().spendByCurrency()).containsOnlyKeys("JPY");
    }

    @Test
    void compute_givenTheSameDataTwiceAtOtherTimes_givesTheSameHash() {
        List<AdAggregate> ads = List.of(sum(MAY_1, Platform.META_ADS, EUR, "10.50", 1),
                sum(MAY_1.plusDays(1), Platform.TIKTOK_ADS, EUR, "3", 1));

        MetricsSnapshot first = compute(ads, Instant.parse("2024-05-03T06:00:00Z"));
        MetricsSnapshot second = compute(List.of(ads.get(1), ads.get(0)), Instant.parse("2024-05-03T07:00:00Z"));
        MetricsSnapshot changed = compute(List.of(sum(MAY_1, Platform.META_ADS, EUR, "10.51", 1), ads.get(1)), Instant.EPOCH);

        assertThat(second.contentHash()).isEqualTo(first.contentHash());
        assertThat(second.adRows()).isEqualTo(first.adRows());
        assertThat(changed.contentHash()).isNotEqualTo(first.contentHash());
    }
}
