package net.adtelligent.adapters.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.OAuthPlatforms.Granted;
import net.adtelligent.ports.out.OAuthPlatforms.Refusal;
import net.adtelligent.ports.out.OAuthPlatforms.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real adapter over HTTP against the platforms' stubbed endpoints. */
class HttpOAuthPlatformsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");

    private final PlatformStubs stubs = new PlatformStubs();
    private HttpOAuthPlatforms platforms;

    @BeforeEach
    void start() {
        stubs.start();
        platforms = new HttpOAuthPlatforms(stubs.settings(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        stubs.stop();
    }

    @Test
    void authorizationUrl_givenGoogle_asksOfflineAccessWithTheScopesStateAndS256Challenge() {
        URI url = platforms.authorizationUrl(Platform.GOOGLE_ADS, "state-1", List.of("https://www.googleapis.com/auth/adwords"),
                Option.of("challenge-1"));

        assertThat(url.getPath()).isEqualTo("/o/oauth2/v2/auth");
        assertThat(url.getRawQuery()).contains("access_type=offline", "state=state-1", "code_challenge=challenge-1",
                "code_challenge_method=S256", "scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fadwords",
                "redirect_uri=https%3A%2F%2Fapp.example.test%2Fapi%2Foauth%2Fcallback%2FGOOGLE_ADS%2F");
        assertThat(platforms.usesPkce(Platform.GOOGLE_ADS)).isTrue();
        assertThat(platforms.usesPkce(Platform.META_ADS)).isFalse();
    }

    @Test
    void authorizationUrl_givenMetaAndTikTok_followsEachPlatformsOwnShape() {
        assertThat(platforms.authorizationUrl(Platform.META_ADS, "s", List.of("ads_read", "business_management"),
                Option.none()).getRawQuery()).contains("scope=ads_read%2Cbusiness_management", "response_type=code");
        assertThat(platforms.authorizationUrl(Platform.TIKTOK_ADS, "s", List.of("Reporting"), Option.none()))
                .satisfies(url -> assertThat(url.getPath()).isEqualTo("/portal/auth"))
                .satisfies(url -> assertThat(url.getRawQuery()).contains("app_id=7000000000000000001"));
    }

    @Test
    void exchange_givenMetaCode_keepsTheLongLivedTokenWithItsEndGrantedPermissionsAndAdAccounts() {
        Granted granted = platforms.exchange(Platform.META_ADS, PlatformStubs.META_CODE, Option.none()).get();

        assertThat(granted.tokens().credentials()).containsExactly(Map.entry("access_token", PlatformStubs.META_LONG));
        assertThat(granted.tokens().expiresAt()).contains(NOW.plusSeconds(5183944));
        assertThat(granted.tokens().grantedScopes()).containsExactly("ads_read", "public_profile");
        assertThat(granted.accounts()).containsExactly(new PlatformAccount("1111111111", "Brand EU"),
                new PlatformAccount("2222222222", "Brand US"));
        assertThat(granted.tokens().toString()).doesNotContain(PlatformStubs.META_LONG);
    }

    @Test
    void exchange_givenGoogleCodeForEachProduct_givesTheRefreshTokenAndThatProductsAccounts() {
        Granted ads = platforms.exchange(Platform.GOOGLE_ADS, PlatformStubs.GOOGLE_CODE, Option.of("verifier")).get();
        Granted ga4 = platforms.exchange(Platform.GA4, PlatformStubs.GOOGLE_CODE, Option.of("verifier")).get();
        Granted console = platforms.exchange(Platform.SEARCH_CONSOLE, PlatformStubs.GOOGLE_CODE, Option.of("verifier")).get();

        assertThat(ads.tokens().credentials()).containsOnlyKeys("client_id", "client_secret", "refresh_token",
                "developer_token").containsEntry("refresh_token", PlatformStubs.GOOGLE_REFRESH);
        assertThat(ads.tokens().expiresAt()).isEmpty();
        assertThat(ads.accounts()).extracting(PlatformAccount::id).containsExactly("1234567890");
        assertThat(ga4.tokens().credentials()).doesNotContainKey("developer_token");
        assertThat(ga4.accounts()).extracting(PlatformAccount::id).containsExactly("3001", "3002");
        assertThat(console.accounts()).extracting(PlatformAccount::id).containsExactly("sc-domain:acme.example");
    }

    @Test
    void exchange_givenMicrosoftLinkedInAndTikTokCodes_givesEachConnectorsFields() {
        Granted microsoft = platforms.exchange(Platform.MICROSOFT_ADS, PlatformStubs.MICROSOFT_CODE, Option.of("v")).get();
        Granted linkedIn = platforms.exchange(Platform.LINKEDIN_ADS, PlatformStubs.LINKEDIN_CODE, Option.none()).get();
        Granted tikTok = platforms.exchange(Platform.TIKTOK_ADS, PlatformStubs.TIKTOK_CODE, Option.none()).get();

        assertThat(microsoft.tokens().credentials()).containsEntry("refresh_token", PlatformStubs.MICROSOFT_REFRESH)
                .containsEntry("tenant_id", "common").containsEntry("developer_token", PlatformStubs.MICROSOFT_DEVELOPER);
        assertThat(microsoft.tokens().expiresAt()).contains(NOW.plus(Duration.ofDays(90)));
        assertThat(microsoft.tokens().grantedScopes()).contains("https://ads.microsoft.com/msads.manage", "offline_access");
        assertThat(microsoft.accounts()).containsExactly(new PlatformAccount("187654321", "Acme Search"));
        assertThat(linkedIn.tokens().credentials()).containsEntry("refresh_token", PlatformStubs.LINKEDIN_REFRESH);
        assertThat(linkedIn.tokens().expiresAt()).contains(NOW.plusSeconds(518400));
        assertThat(linkedIn.tokens().grantedScopes()).containsExactly("r_ads", "r_ads_reporting");
        assertThat(linkedIn.accounts()).extracting(PlatformAccount::id).containsExactly("508000001");
        assertThat(tikTok.tokens().credentials()).containsOnly(Map.entry("access_token", PlatformStubs.TIKTOK_TOKEN),
                Map.entry("app_id", stubs.clients().get(Family.TIKTOK).clientId()),
                Map.entry("secret", PlatformStubs.CLIENT_SECRET));
        assertThat(tikTok.accounts()).containsExactly(new PlatformAccount("7100000000000000001", "Acme TikTok"));
    }

    @Test
    void exchange_givenARefusedCode_answersEachPlatformsReasonAndNoToken() {
        Refusal meta = platforms.exchange(Platform.META_ADS, PlatformStubs.REFUSED_CODE, Option.none()).getLeft();
        Refusal google = platforms.exchange(Platform.GOOGLE_ADS, PlatformStubs.REFUSED_CODE, Option.of("v")).getLeft();
        Refusal linkedIn = platforms.exchange(Platform.LINKEDIN_ADS, PlatformStubs.REFUSED_CODE, Option.none()).getLeft();
        Refusal tikTok = platforms.exchange(Platform.TIKTOK_ADS, PlatformStubs.REFUSED_CODE, Option.none()).getLeft();

        assertThat(meta.error()).isEqualTo("code 100");
        assertThat(meta.description()).contains("authorization code has been used");
        assertThat(google).isEqualTo(new Refusal("invalid_grant", "Bad Request", true));
        assertThat(linkedIn.error()).isEqualTo("invalid_request");
        assertThat(tikTok.error()).isEqualTo("code 40105");
        assertThat(tikTok.description()).contains("auth_code is invalid");
    }

    @Test
    void refresh_givenMicrosoftAndMeta_givesTheRenewedCredentialsAndANewEnd() {
        Tokens microsoft = platforms.refresh(Platform.MICROSOFT_ADS, Map.of("refresh_token", PlatformStubs.MICROSOFT_REFRESH))
                .get();
        Tokens meta = platforms.refresh(Platform.META_ADS, Map.of("access_token", PlatformStubs.META_LONG)).get();

        assertThat(microsoft.credentials()).containsEntry("refresh_token", PlatformStubs.MICROSOFT_RENEWED);
        assertThat(microsoft.expiresAt()).contains(NOW.plus(Duration.ofDays(90)));
        assertThat(meta.credentials()).containsEntry("access_token", PlatformStubs.META_RENEWED);
        assertThat(platforms.refreshes(Platform.LINKEDIN_ADS)).isFalse();
        assertThat(platforms.refreshes(Platform.MICROSOFT_ADS)).isTrue();
    }

    @Test
    void refresh_givenRevokedTokens_isRefusedAsInvalid() {
        stubs.microsoftRefusesRefresh();
        stubs.metaInvalidatesTokens();

        Either<Refusal, Tokens> microsoft = platforms.refresh(Platform.MICROSOFT_ADS,
                Map.of("refresh_token", PlatformStubs.MICROSOFT_REFRESH));
        Either<Refusal, Tokens> meta = platforms.refresh(Platform.META_ADS, Map.of("access_token", PlatformStubs.META_LONG));

        assertThat(microsoft.getLeft().error()).isEqualTo("invalid_grant");
        assertThat(microsoft.getLeft().invalid()).isTrue();
        assertThat(meta.getLeft().error()).isEqualTo("code 190");
        assertThat(meta.getLeft().invalid()).isTrue();
    }

    @Test
    void refresh_givenThePlatformDown_triesThreeTimesThenSaysItIsUnavailableWithoutAToken() {
        stubs.tokenEndpointsDown();

        assertThatThrownBy(() -> platforms.refresh(Platform.MICROSOFT_ADS,
                Map.of("refresh_token", PlatformStubs.MICROSOFT_REFRESH)))
                .isInstanceOf(OAuthPlatformUnavailableException.class)
                .hasMessageContaining("503").hasMessageContaining("3 attempts")
                .hasMessageNotContaining(PlatformStubs.MICROSOFT_REFRESH)
                .satisfies(thrown -> assertThat(((OAuthPlatformUnavailableException) thrown).component())
                        .isEqualTo("oauth microsoft"));
        stubs.server().verify(moreThanOrExactly(3), postRequestedFor(urlPathEqualTo("/common/oauth2/v2.0/token")));
    }

    @Test
    void missingSettings_givenNoClient_namesTheSettingsToAdd() {
        HttpOAuthPlatforms none = new HttpOAuthPlatforms(new OAuthSettings(URI.create("https://app.example.test"),
                Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ZERO, Duration.ZERO), Clock.systemUTC());

        assertThat(none.missingSettings(Platform.GOOGLE_ADS)).containsExactly("ADT_OAUTH_GOOGLE_CLIENT_ID",
                "ADT_OAUTH_GOOGLE_CLIENT_SECRET", "ADT_OAUTH_GOOGLE_DEVELOPER_TOKEN");
        assertThat(none.missingSettings(Platform.META_ADS)).containsExactly("ADT_OAUTH_META_CLIENT_ID",
                "ADT_OAUTH_META_CLIENT_SECRET");
        assertThat(platforms.missingSettings(Platform.MICROSOFT_ADS)).isEmpty();
        assertThat(none.refreshes(Platform.META_ADS)).isFalse();
    }
}
