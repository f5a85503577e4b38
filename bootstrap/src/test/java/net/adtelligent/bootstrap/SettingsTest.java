package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void from_givenEmptyEnvironment_usesTheEmbeddedDefaults() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".adtelligent"));
        assertThat(settings.httpHost()).isEqualTo("127.0.0.1");
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.databaseAppRole()).isEqualTo("adtelligent_app");
    }

    @Test
    void from_givenNoUploadSettings_keepsAWeekAndOneGibibytePerTenant() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.uploadRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.uploadQuotaBytes()).isEqualTo(1024L * 1024 * 1024);
    }

    @Test
    void from_givenUploadRetentionAndQuota_usesThem() {
        Settings settings = Settings.from(Map.of("ADT_UPLOAD_RETENTION", "P2DT12H", "ADT_UPLOAD_QUOTA_BYTES", "5000000"));

        assertThat(settings.uploadRetention()).isEqualTo(Duration.ofHours(60));
        assertThat(settings.uploadQuotaBytes()).isEqualTo(5_000_000);
    }

    @Test
    void from_givenAZeroRetention_refusesNamingTheVariable() {
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_UPLOAD_RETENTION", "PT0S")))
                .hasMessageContaining("ADT_UPLOAD_RETENTION");
    }

    @Test
    void from_givenEveryVariable_usesThem() {
        Settings settings = Settings.from(Map.of(
                "ADT_DATABASE_URL", "postgresql://owner:s3cret@db.internal:5433/adt",
                "ADT_DATABASE_APP_ROLE", "adt_service",
                "ADT_DATA_DIR", "/var/lib/adtelligent",
                "ADT_HTTP_HOST", "0.0.0.0",
                "ADT_HTTP_PORT", "9090",
                "ADT_HTTP_MAX_BODY_BYTES", "2048"));

        assertThat(settings.databaseUrl().get().jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/adt");
        assertThat(settings.databaseAppRole()).isEqualTo("adt_service");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/adtelligent"));
        assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.httpMaxBodyBytes()).isEqualTo(2048);
    }

    @Test
    void from_givenPortOutOfRange_namesTheVariable() {
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_HTTP_PORT", "80000")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("ADT_HTTP_PORT='80000' is not a whole number from 0 to 65535");
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_HTTP_PORT", "http")))
                .hasMessageStartingWith("ADT_HTTP_PORT='http'");
    }

    @Test
    void databaseUrl_givenLibpqForm_splitsCredentialsOutOfTheJdbcUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ad%40min:p%3Ass@localhost/adt?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/adt?sslmode=require");
        assertThat(url.user()).isEqualTo("ad@min");
        assertThat(url.password()).isEqualTo("p:ss");
        assertThat(url.toString()).doesNotContain("p:ss");
    }

    @Test
    void databaseUrl_givenJdbcForm_takesTheCredentialsOutOfTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/adt?user=owner&ssl=true&password=hunter2");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/adt?ssl=true");
        assertThat(url.user()).isEqualTo("owner");
        assertThat(url.password()).isEqualTo("hunter2");
        assertThat(url.toString()).doesNotContain("hunter2");
    }

    @Test
    void databaseUrl_givenNoUser_asksForOne() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://localhost/adt"))
                .hasMessageStartingWith("ADT_DATABASE_URL names no user");
    }

    @Test
    void databaseUrl_givenOtherScheme_saysWhatIsAccepted() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/adt"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("ADT_DATABASE_URL must start with postgresql:// or jdbc:postgresql://");
    }
}
