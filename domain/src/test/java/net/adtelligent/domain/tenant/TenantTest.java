package net.adtelligent.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import net.adtelligent.domain.FieldViolation;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static Tenant registered() {
        return Tenant.register(TenantId.random(), new TenantDraft("acme", "Acme", "EUR", "Europe/Berlin"), NOW).get();
    }

    @Test
    void register_givenValidDraft_isActiveWithParsedSettings() {
        Tenant tenant = registered();

        assertThat(tenant.isActive()).isTrue();
        assertThat(tenant.reportingCurrency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(tenant.reportingTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(tenant.createdAt()).isEqualTo(NOW).isEqualTo(tenant.updatedAt());
    }

    @Test
    void register_givenEveryFieldWrong_reportsEveryFieldByName() {
        var result = Tenant.register(TenantId.random(), new TenantDraft("A!", " ", "euro", "+02:00"), NOW);

        assertThat(result.getError()).extracting(FieldViolation::field)
                .containsExactly("slug", "display_name", "reporting_currency", "reporting_time_zone");
    }

    @Test
    void register_givenMissingFields_saysTheyAreRequired() {
        var result = Tenant.register(TenantId.random(), new TenantDraft(null, null, null, null), NOW);

        assertThat(result.getError()).extracting(FieldViolation::reason).containsOnly("is required");
    }

    @Test
    void change_givenNewName_renamesAndStampsTheTime() {
        Tenant renamed = registered().change(TenantChanges.rename("  Acme Media "), LATER).get();

        assertThat(renamed.displayName().value()).isEqualTo("Acme Media");
        assertThat(renamed.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void change_givenSameValues_returnsTheTenantUntouched() {
        Tenant tenant = registered();

        Tenant same = tenant.change(new TenantChanges(Option.of("Acme"), Option.of("active")), LATER).get();

        assertThat(same).isSameAs(tenant);
    }

    @Test
    void change_givenSuspendedTenant_refusesRenameButAllowsReactivation() {
        Tenant suspended = registered().change(TenantChanges.status(TenantStatus.SUSPENDED), LATER).get();

        assertThat(suspended.change(TenantChanges.rename("Other"), LATER).getLeft())
                .isInstanceOf(TenantRejection.Suspended.class);
        Tenant back = suspended.change(new TenantChanges(Option.of("Other"), Option.of("active")), LATER).get();
        assertThat(back.isActive()).isTrue();
        assertThat(back.displayName().value()).isEqualTo("Other");
    }

    @Test
    void change_givenBadNameAndStatus_reportsBoth() {
        var rejection = registered().change(new TenantChanges(Option.of(""), Option.of("deleted")), LATER).getLeft();

        assertThat(rejection).isInstanceOfSatisfying(TenantRejection.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("display_name", "status"));
    }
}
