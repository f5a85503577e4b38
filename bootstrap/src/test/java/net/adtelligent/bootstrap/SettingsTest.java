package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import net.adtelligent.adapters.airbyte.AirbyteConfig;
import net.adtelligent.adapters.airbyte.AirbyteCredentials;
import net.adtelligent.adapters.http.ClientLimits;
import net.adtelligent.adapters.http.TrustedProxies;
import net.adtelligent.application.LoginLimits;
import net.adtelligent.adapters.kms.CacheLimits;
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
        assertThat(settings.httpClients()).isEqualTo(ClientLimits.defaults());
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
    void from_givenAWebhookRetention_keepsDeliveriesThatLong() {
        assertThat(Settings.from(Map.of()).airbyte().webhook().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(Settings.from(Map.of("ADT_AIRBYTE_WEBHOOK_RETENTION", "P7D")).airbyte().webhook().retention())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void from_givenAWebhookRetentionThatIsNoDuration_refusesNamingTheVariable() {
        for (String bad : java.util.List.of("30 days", "PT0S", "-P1D")) {
            assertThatThrownBy(() -> Settings.from(Map.of("ADT_AIRBYTE_WEBHOOK_RETENTION", bad)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("ADT_AIRBYTE_WEBHOOK_RETENTION");
        }
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
                "ADT_HTTP_MAX_BODY_BYTES", "2048",
                "ADT_HTTP_IDLE_TIMEOUT", "PT3S",
                "ADT_HTTP_MIN_BODY_RATE", "1000",
                "ADT_HTTP_MAX_REQUESTS_PER_ADDRESS", "200"));

        assertThat(settings.databaseUrl().get().jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/adt");
        assertThat(settings.databaseAppRole()).isEqualTo("adt_service");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/adtelligent"));
        assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.httpMaxBodyBytes()).isEqualTo(2048);
        assertThat(settings.httpClients()).isEqualTo(new ClientLimits(Duration.ofSeconds(3), 1000, 200));
    }

    @Test
    void from_givenTrustedProxies_keepsThemAndByDefaultTrustsNone() {
        Settings settings = Settings.from(Map.of("ADT_TRUSTED_PROXIES", "172.16.0.0/12, fd00::/8"));

        assertThat(settings.httpClients().trustedProxies()).isEqualTo(TrustedProxies.parse("172.16.0.0/12,fd00::/8"));
        assertThat(Settings.from(Map.of()).httpClients().trustedProxies().isEmpty()).isTrue();
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_TRUSTED_PROXIES", "172.16.0.0/40")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("ADT_TRUSTED_PROXIES: '172.16.0.0/40'");
    }

    @Test
    void from_givenNoPerAddressBound_namesTheVariable() {
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_HTTP_MAX_REQUESTS_PER_ADDRESS", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("ADT_HTTP_MAX_REQUESTS_PER_ADDRESS='0' is not a whole number from 1");
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_HTTP_IDLE_TIMEOUT", "10")))
                .hasMessageStartingWith("ADT_HTTP_IDLE_TIMEOUT='10'");
    }

    @Test
    void from_givenLoginVariables_usesThem_andRefusesAMemoryShorterThanThePause() {
        Settings settings = Settings.from(Map.of("ADT_LOGIN_FREE_ATTEMPTS", "3", "ADT_LOGIN_FIRST_PAUSE", "PT2S",
                "ADT_LOGIN_MAX_PAUSE", "PT1M", "ADT_LOGIN_ACCOUNT_FAILURES", "40", "ADT_LOGIN_REMEMBER", "PT10M"));

        assertThat(settings.auth().loginLimits()).isEqualTo(new LoginLimits(3, Duration.ofSeconds(2), Duration.ofMinutes(1),
                40, Duration.ofMinutes(10)));
        assertThat(Settings.from(Map.of()).auth().loginLimits()).isEqualTo(LoginLimits.DEFAULT);
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_LOGIN_MAX_PAUSE", "PT2H")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("ADT_LOGIN_*: remember must be longer than maxPause");
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
    void databaseLimits_givenNothing_waitASecondAndAHalfFiveMinutesAndAMinute() {
        assertThat(Settings.from(Map.of()).databaseLimits()).isEqualTo(new DatabaseLimits(
                Duration.ofMillis(1500), Duration.ofMinutes(5), Duration.ofSeconds(60)));
    }

    @Test
    void databaseLimits_givenTheVariables_useThemAndZeroMeansNoLimitOrOneTry() {
        DatabaseLimits limits = Settings.from(Map.of("ADT_DATABASE_CONNECTION_WAIT", "PT0.5S",
                "ADT_DATABASE_SOCKET_TIMEOUT", "PT0S", "ADT_DATABASE_STARTUP_WAIT", "PT0S")).databaseLimits();

        assertThat(limits).isEqualTo(new DatabaseLimits(Duration.ofMillis(500), Duration.ZERO, Duration.ZERO));
    }

    @Test
    void databaseLimits_givenAConnectionWaitThePoolCannotKeep_namesTheVariable() {
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_DATABASE_CONNECTION_WAIT", "PT0.1S")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("ADT_DATABASE_CONNECTION_WAIT='PT0.1S' must be at least PT0.25S (the shortest the pool can wait)");
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_DATABASE_STARTUP_WAIT", "60")))
                .hasMessageStartingWith("ADT_DATABASE_STARTUP_WAIT='60' is not a positive or zero ISO-8601 duration");
    }

    @Test
    void from_givenNoKmsSettings_usesTheLocalKeyringAndTheDefaultCache() {
        KmsSettings kms = Settings.from(Map.of()).kms();

        assertThat(kms.provider()).isEqualTo(KmsSettings.Provider.LOCAL);
        assertThat(kms.cache()).isEqualTo(CacheLimits.DEFAULT);
    }

    @Test
    void from_givenAwsKms_takesTheKeyRegionEndpointAndCacheLimits() {
        KmsSettings kms = Settings.from(Map.of("ADT_KMS_PROVIDER", "aws", "ADT_KMS_KEY_ID", "alias/adtelligent",
                "AWS_REGION", "eu-central-1", "ADT_KMS_ENDPOINT", "http://127.0.0.1:4566",
                "ADT_KMS_CACHE_MAX_AGE", "PT1M", "ADT_KMS_CACHE_MAX_USES", "50", "ADT_KMS_CACHE_MAX_KEYS", "0")).kms();

        assertThat(kms.keyId()).contains("alias/adtelligent");
        assertThat(kms.region()).contains("eu-central-1");
        assertThat(kms.endpoint()).contains("http://127.0.0.1:4566");
        assertThat(kms.cache()).isEqualTo(new CacheLimits(Duration.ofMinutes(1), 50, 0));
    }

    @Test
    void from_givenAwsKmsWithoutKeyIdOrRegion_namesTheMissingVariable() {
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_KMS_PROVIDER", "aws", "AWS_REGION", "eu-west-1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("ADT_KMS_PROVIDER=aws needs ADT_KMS_KEY_ID");
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_KMS_PROVIDER", "aws", "ADT_KMS_KEY_ID", "alias/a")))
                .hasMessageStartingWith("ADT_KMS_PROVIDER=aws needs AWS_REGION");
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_KMS_PROVIDER", "vault")))
                .hasMessage("ADT_KMS_PROVIDER='vault' must be one of: local, aws");
        assertThatThrownBy(() -> Settings.from(Map.of("ADT_KMS_CACHE_MAX_USES", "0")))
                .hasMessageStartingWith("ADT_KMS_CACHE_MAX_USES='0'");
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

    private static final String WORKSPACE = "744cc0ed-7f05-4949-9e60-2a814f90c035";
    private static final String DESTINATION = "e478de0d-a3a0-475c-b019-25f7dd29e281";

    @Test
    void from_givenNoAirbyteUrl_leavesAirbyteOff_andWhatNeedsItSaysNotConfigured() {
        AirbyteSettings airbyte = Settings.from(Map.of()).airbyte();

        assertThat(airbyte.configured()).isFalse();
        assertThatThrownBy(airbyte::require).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Airbyte not configured");
    }

    @Test
    void from_givenAirbyteWithClientCredentials_takesThemAndHidesTheSecret() {
        AirbyteSettings airbyte = Settings.from(Map.of("ADT_AIRBYTE_URL", "https://api.airbyte.com/v1/",
                "ADT_AIRBYTE_CLIENT_ID", "fake-client", "ADT_AIRBYTE_CLIENT_SECRET", "fake-client-secret",
                "ADT_AIRBYTE_WORKSPACE_ID", WORKSPACE, "ADT_AIRBYTE_DESTINATION_ID", DESTINATION)).airbyte();

        AirbyteConfig config = airbyte.require();
        assertThat(config.apiUrl()).hasToString("https://api.airbyte.com/v1");
        assertThat(config.credentials()).isEqualTo(new AirbyteCredentials.ClientCredentials("fake-client", "fake-client-secret"));
        assertThat(config.workspaceId()).isEqualTo(WORKSPACE);
        assertThat(config.destinationId()).isEqualTo(DESTINATION);
        assertThat(airbyte.toString()).doesNotContain("fake-client-secret");
    }

    @Test
    void from_givenAirbyteWithAStaticToken_takesIt() {
        AirbyteSettings airbyte = Settings.from(Map.of("ADT_AIRBYTE_URL", "http://airbyte.internal:8000/api/public/v1",
                "ADT_AIRBYTE_TOKEN", "fake-airbyte-token", "ADT_AIRBYTE_WORKSPACE_ID", WORKSPACE,
                "ADT_AIRBYTE_DESTINATION_ID", DESTINATION)).airbyte();

        assertThat(airbyte.require().credentials()).isEqualTo(new AirbyteCredentials.StaticToken("fake-airbyte-token"));
        assertThat(airbyte.toString()).doesNotContain("fake-airbyte-token");
    }

    @Test
    void from_givenIncompleteOrContradictoryAirbyteSettings_namesTheVariable() {
        Map<String, String> base = Map.of("ADT_AIRBYTE_URL", "https://api.airbyte.com/v1",
                "ADT_AIRBYTE_TOKEN", "fake-airbyte-token", "ADT_AIRBYTE_WORKSPACE_ID", WORKSPACE,
                "ADT_AIRBYTE_DESTINATION_ID", DESTINATION);

        assertThatThrownBy(() -> Settings.from(Map.of("ADT_AIRBYTE_TOKEN", "fake-airbyte-token")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("ADT_AIRBYTE_TOKEN is set but ADT_AIRBYTE_URL is not");
        assertThatThrownBy(() -> Settings.from(with(base, "ADT_AIRBYTE_WORKSPACE_ID", "")))
                .hasMessageContaining("needs ADT_AIRBYTE_WORKSPACE_ID");
        assertThatThrownBy(() -> Settings.from(with(base, "ADT_AIRBYTE_DESTINATION_ID", "warehouse")))
                .hasMessage("ADT_AIRBYTE_DESTINATION_ID='warehouse' is not an Airbyte id (a UUID)");
        assertThatThrownBy(() -> Settings.from(with(base, "ADT_AIRBYTE_CLIENT_ID", "fake-client")))
                .hasMessageContaining("ADT_AIRBYTE_CLIENT_ID and ADT_AIRBYTE_CLIENT_SECRET go together");
        assertThatThrownBy(() -> Settings.from(with(with(base, "ADT_AIRBYTE_CLIENT_ID", "fake-client"),
                "ADT_AIRBYTE_CLIENT_SECRET", "fake-client-secret"))).hasMessageContaining("not both");
        assertThatThrownBy(() -> Settings.from(with(base, "ADT_AIRBYTE_TOKEN", "")))
                .hasMessageContaining("needs either ADT_AIRBYTE_CLIENT_ID");
        assertThatThrownBy(() -> Settings.from(with(base, "ADT_AIRBYTE_URL", "ftp://airbyte/v1")))
                .hasMessageStartingWith("ADT_AIRBYTE_URL='ftp://airbyte/v1' must be an http(s) URL");
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(base);
        changed.put(name, value);
        return changed;
    }
}
