package net.adtelligent.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.Test;

class ConnectionDraftTest {

    static final String FAKE_META_TOKEN = "EA" + "x".repeat(30);
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void check_givenMetaTokenAndAccount_isValidWithDefaultsAndSixtyDayToken() {
        var checked = new ConnectionDraft("META_ADS", "1234", Option.none(), Option.none(),
                Map.of("access_token", FAKE_META_TOKEN), Option.none()).check().get();

        assertThat(checked.name()).isEqualTo("Meta Ads 1234");
        assertThat(checked.schedule()).contains(new Schedule("PT6H"));
        assertThat(checked.tokenExpiresAt(NOW)).contains(NOW.plus(Duration.ofDays(60)));
        assertThat(checked.credentials().plain().method()).isEqualTo("access_token");
    }

    @Test
    void check_givenMissingUnexpectedAndMalformedFields_namesEachWithoutTheValue() {
        List<FieldViolation> problems = new ConnectionDraft("GOOGLE_ADS", "123-456-7890", Option.of(""),
                Option.of("every hour"), Map.of("developer_token", "short-secret-value", "client_id", "1-abc.apps.googleusercontent.com",
                "client_secret", "x".repeat(12), "password", "p".repeat(10)), Option.of("tomorrow")).check().getError();

        assertThat(problems).extracting(FieldViolation::field).containsExactlyInAnyOrder("external_account_id", "name",
                "schedule", "credentials.developer_token", "credentials.refresh_token", "credentials.password",
                "token_expires_at");
        assertThat(problems.toString()).doesNotContain("short-secret-value").doesNotContain("p".repeat(10));
    }

    @Test
    void check_givenUnknownPlatform_namesTheChoices() {
        var problems = new ConnectionDraft("MYSPACE", "1", Option.none(), Option.none(), Map.of(), Option.none())
                .check().getError();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("platform");
            assertThat(problem.reason()).contains("META_ADS", "CSV");
        });
    }

    @Test
    void check_givenLinkedInBareAccessToken_picksThatMethod() {
        var checked = ConnectionDraft.checkCredentials(Platform.LINKEDIN_ADS, Map.of("access_token", "t".repeat(40)),
                Option.none()).get();

        assertThat(checked.plain().method()).isEqualTo("access_token");
        assertThat(checked.tokenExpiresAt(NOW)).contains(NOW.plus(Duration.ofDays(60)));
    }

    @Test
    void check_givenGivenExpiry_keepsItOverTheConnectorsLifetime() {
        var checked = ConnectionDraft.checkCredentials(Platform.META_ADS, Map.of("access_token", FAKE_META_TOKEN),
                Option.of("2027-01-31T00:00:00Z")).get();

        assertThat(checked.tokenExpiresAt(NOW)).contains(Instant.parse("2027-01-31T00:00:00Z"));
    }

    @Test
    void check_givenCsvWithCredentialsOrSchedule_refusesBoth() {
        var problems = new ConnectionDraft("CSV", "Shop export", Option.none(), Option.of("PT6H"),
                Map.of("access_token", "x".repeat(20)), Option.none()).check().getError();

        assertThat(problems).extracting(FieldViolation::field).containsExactly("schedule", "credentials.access_token");
    }

    @Test
    void plainCredentials_toJsonEscapesAndToStringNamesFieldsOnly() {
        var plain = ConnectionDraft.checkCredentials(Platform.META_ADS, Map.of("access_token", FAKE_META_TOKEN),
                Option.none()).get().plain();

        assertThat(new String(plain.toJson(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"access_token\":\"" + FAKE_META_TOKEN + "\"}");
        assertThat(plain.toString()).isEqualTo("PlainCredentials[access_token]").doesNotContain(FAKE_META_TOKEN);
    }

    @Test
    void check_givenExpiryOutsideThePlausibleYears_isRefused() {
        for (String far : List.of("+999999999-12-31T23:59:59Z", "1899-12-31T23:59:59Z", "10000-01-01T00:00:00Z")) {
            assertThat(ConnectionDraft.checkCredentials(Platform.META_ADS, Map.of("access_token", FAKE_META_TOKEN),
                    Option.of(far)).getError()).extracting(FieldViolation::field).as(far).containsExactly("token_expires_at");
        }
    }
}
