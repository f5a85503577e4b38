package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.fx.NotConvertible;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ReadAdPerformance;
import net.adtelligent.ports.in.ReadAdPerformance.Period;
import net.adtelligent.ports.out.FactFixtures;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

/** Storing normalised facts, exchange rates, and reading ad facts in the reporting currency. */
class FactServicesTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    private static final Actor SYSTEM = Actor.system("test");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final TestCore test = new TestCore();
    private final User owner = test.core.manageUsers().createUser(SYSTEM, "owner@example.com",
            "correct horse battery staple").get();
    private final Actor asOwner = Actor.user(owner.id(), CLIENT);
    // Reporting currency EUR (TenantFixtures.draft).
    private final Tenant acme = test.core.registerTenant().register(asOwner, draft("acme")).get();
    private final Tenant globex = test.core.registerTenant().register(asOwner, draft("globex")).get();
    private final ConnectionId connection = ConnectionId.random();

    private AdPerformanceDaily spend(Tenant tenant, LocalDate day, int variant, String currency, String amount) {
        AdPerformanceDaily row = FactFixtures.ad(tenant.id(), connection, day, variant, FactFixtures.EXTRACTED);
        return new AdPerformanceDaily(row.tenantId(), row.connectionId(), row.platform(), row.dateDay(), row.accountId(),
                row.accountName(), row.campaignId(), row.campaignName(), row.adGroupId(), row.adGroupName(), row.adId(),
                row.adName(), currency == null ? Option.none() : Option.of(Currency.getInstance(currency)),
                new BigDecimal(amount), row.impressions(), row.clicks(), row.conversions(), BigDecimal.ZERO,
                row.sourceExtractedAt());
    }

    @Test
    void ingest_givenTheSameRowsTwice_storesThemOnceAndAudits() {
        List<AdPerformanceDaily> rows = List.of(spend(acme, MONDAY, 1, "EUR", "10"), spend(acme, MONDAY, 2, "EUR", "5"));

        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), rows).get();
        long stored = test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), rows).get().adPerformanceRows();

        List<AdPerformanceDaily> read = new ArrayList<>();
        test.facts.adPerformance().read(acme.id(), DateRange.day(MONDAY), read::add);
        assertThat(stored).isEqualTo(2);
        assertThat(read).hasSize(2);
        assertThat(test.audit.actions()).contains(AuditAction.FACTS_INGESTED);
    }

    // Campaign 7 of one Google Ads connection on Monday, as its campaign stream and its ad stream report it.
    private AdPerformanceDaily google(String campaign, String adGroup, String ad, String amount) {
        return AdPerformanceDaily.builder().tenantId(acme.id()).connectionId(connection)
                .platform(net.adtelligent.domain.fact.Platform.GOOGLE_ADS).dateDay(MONDAY).accountId("4651612872")
                .campaignId(campaign).adGroupId(adGroup).adId(ad).currencyCode(Currency.getInstance("EUR"))
                .spend(new BigDecimal(amount)).impressions(100L).clicks(3L).conversions(BigDecimal.ONE)
                .conversionsValue(BigDecimal.TEN).sourceExtractedAt(FactFixtures.EXTRACTED).build();
    }

    private BigDecimal storedSpend() {
        BigDecimal[] sum = {BigDecimal.ZERO};
        test.facts.adPerformance().read(acme.id(), DateRange.day(MONDAY), row -> sum[0] = sum[0].add(row.spend()));
        return sum[0];
    }

    @Test
    void ingest_givenAdRowsOfACampaignDayStoredAtCampaignLevel_refusesThemAndCountsTheSpendOnce() {
        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), List.of(google("7", null, null, "12.50"))).get();

        var outcome = test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"),
                List.of(google("7", "70", "700", "8.00"), google("7", "70", "701", "4.50")));

        assertThat(outcome.getLeft()).isInstanceOf(FactRejection.Invalid.class);
        assertThat(((FactRejection.Invalid) outcome.getLeft()).violations().get(0).reason())
                .contains("campaign 7", "at campaign level and at ad level", "would count twice");
        assertThat(storedSpend()).isEqualByComparingTo("12.50");
    }

    @Test
    void ingest_givenBothGrainsOfACampaignDayInOneBatch_storesNothing() {
        var outcome = test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"),
                List.of(google("7", null, null, "12.50"), google("7", "70", "700", "12.50")));

        assertThat(outcome.getLeft()).isInstanceOf(FactRejection.Invalid.class);
        assertThat(storedSpend()).isEqualByComparingTo("0");
    }

    @Test
    void ingest_givenOneCampaignAtCampaignLevelBesideAnotherCampaignsAds_storesBothOnce() {
        // Performance Max spend exists at campaign level only; the search campaign's ads are its whole spend.
        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"),
                List.of(google("pmax-1", null, null, "20.00"), google("7", "70", "700", "8.00"))).get();
        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), List.of(google("7", "70", "701", "4.50"))).get();

        assertThat(storedSpend()).isEqualByComparingTo("32.50");
    }

    @Test
    void ingest_givenARowOfAnotherTenant_storesNothing() {
        var outcome = test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"),
                List.of(spend(acme, MONDAY, 1, "EUR", "10"), spend(globex, MONDAY, 2, "EUR", "5")));

        List<AdPerformanceDaily> read = new ArrayList<>();
        test.facts.adPerformance().read(acme.id(), DateRange.day(MONDAY), read::add);
        assertThat(outcome.getLeft()).isInstanceOf(FactRejection.Invalid.class);
        assertThat(read).isEmpty();
    }

    @Test
    void importRates_givenAUser_isRefusedAsAnOperatorsTask() {
        var outcome = test.core.importFxRates().importRates(asOwner,
                List.of(new FxRate(MONDAY, Currency.getInstance("EUR"), Currency.getInstance("USD"), new BigDecimal("1.08"), "ECB")));

        assertThat(outcome.getLeft()).isInstanceOf(FactRejection.SystemOnly.class);
        assertThat(test.facts.fxRates().between(DateRange.day(MONDAY))).isEmpty();
    }

    @Test
    void read_givenThreeCurrencies_convertsWithTheDaysRateAndReportsWhatItCannot() {
        test.core.importFxRates().importRates(SYSTEM, List.of(
                new FxRate(MONDAY.minusDays(3), Currency.getInstance("EUR"), Currency.getInstance("USD"), new BigDecimal("1.25"), "ECB")))
                .get();
        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), List.of(spend(acme, MONDAY, 1, "EUR", "10"),
                spend(acme, MONDAY, 2, "USD", "50"), spend(acme, MONDAY, 3, "JPY", "1000"),
                spend(acme, MONDAY, 4, null, "7"))).get();

        List<ReadAdPerformance.ConvertedRow> rows = new ArrayList<>();
        ReadAdPerformance.Summary summary = test.core.readAdPerformance()
                .read(asOwner, new Slug("acme"), Period.of(MONDAY, MONDAY), rows::add).get();

        // The Friday rate serves Monday; 50 USD at 1.25 USD per EUR is 40 EUR.
        assertThat(rows).filteredOn(row -> row.spend().isRight())
                .extracting(row -> row.spend().get().amount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("10", "40");
        assertThat(rows).filteredOn(row -> row.spend().isLeft()).extracting(row -> (Object) row.spend().getLeft().getClass())
                .containsExactlyInAnyOrder(NotConvertible.NoRate.class, NotConvertible.UnknownCurrency.class);
        assertThat(summary.notConvertible()).isEqualTo(2);
        assertThat(summary.unconvertedSpend()).containsOnlyKeys("JPY", "unknown");
    }

    @Test
    void read_givenEndBeforeStartAndAYearAndMore_namesTheParameter() {
        var backwards = test.core.readAdPerformance().read(asOwner, new Slug("acme"), Period.asTyped("2026-11-02", "2026-11-01"), row -> { });
        var tooLong = test.core.readAdPerformance().read(asOwner, new Slug("acme"), Period.asTyped("2025-01-01", "2026-01-02"), row -> { });
        var notADate = test.core.readAdPerformance().read(asOwner, new Slug("acme"), Period.asTyped("02/11/2026", ""), row -> { });

        assertThat(((FactRejection.Invalid) backwards.getLeft()).violations()).extracting(v -> v.field()).containsExactly("end");
        assertThat(((FactRejection.Invalid) tooLong.getLeft()).violations()).extracting(v -> v.field()).containsExactly("end");
        assertThat(((FactRejection.Invalid) notADate.getLeft()).violations()).extracting(v -> v.field())
                .containsExactly("start", "end");
    }

    @Test
    void read_givenAnotherTenantsMember_answersNotFound() {
        User outsider = test.core.manageUsers().createUser(SYSTEM, "outsider@example.com",
                "correct horse battery staple").get();
        test.core.registerTenant().register(Actor.user(outsider.id(), CLIENT), draft("initech"));
        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), List.of(spend(acme, MONDAY, 1, "EUR", "10"))).get();

        var outcome = test.core.readAdPerformance().read(Actor.user(outsider.id(), CLIENT), new Slug("acme"),
                Period.of(MONDAY, MONDAY), row -> { throw new AssertionError("read another tenant's row"); });

        assertThat(outcome.getLeft()).isInstanceOf(AccessRejection.NotFound.class);
    }
}
