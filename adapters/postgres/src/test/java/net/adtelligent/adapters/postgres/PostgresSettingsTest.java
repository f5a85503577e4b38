package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

    @Test
    void of_givenNoRole_usesTheDefaultApplicationRole() {
        assertThat(PostgresSettings.of("jdbc:postgresql://db:5432/adtelligent", "owner", "pw").appRole())
                .isEqualTo("adtelligent_app");
    }

    @Test
    void toString_givenPasswordInFieldAndUrl_showsNeither() {
        PostgresSettings settings = PostgresSettings.of(
                "jdbc:postgresql://db:5432/adtelligent?sslmode=require&password=url-secret", "owner", "field-secret");

        assertThat(settings.toString())
                .contains("db:5432/adtelligent", "owner", "adtelligent_app")
                .doesNotContain("url-secret", "field-secret");
    }

    @Test
    void create_givenRoleThatIsNotAPlainName_isRefused() {
        assertThatThrownBy(() -> new PostgresSettings("jdbc:postgresql://db/a", "owner", "pw", "app\"; drop table x; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void create_givenRoleEqualToTheLoginUser_isRefused() {
        assertThatThrownBy(() -> new PostgresSettings("jdbc:postgresql://db/a", "adtelligent_app", "pw", "adtelligent_app"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row-level security");
    }

    @Test
    void of_givenNoLimits_waitsASecondAndAHalfForAConnectionAndFiveMinutesForAnAnswer() {
        PostgresSettings settings = PostgresSettings.of("jdbc:postgresql://db/a", "owner", "pw");

        assertThat(settings.connectionWait()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.socketTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void withConnectionWait_givenLessThanThePoolCanWait_isRefused() {
        assertThatThrownBy(() -> PostgresSettings.of("jdbc:postgresql://db/a", "owner", "pw")
                .withConnectionWait(Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least PT0.25S");
    }
}
