package net.adtelligent.adapters.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * A WireMock server on loopback playing the platforms' token, authorization and account endpoints,
 * with the request and answer shapes their documentation gives, error bodies included: RFC 6749
 * {@code {"error": "invalid_grant", …}} (Google, Microsoft, LinkedIn), Graph errors with a code
 * (Meta: 100 a spent code, 190 an invalid token), TikTok's envelope with a code other than 0. Every
 * family's base URL is this one server: their paths do not overlap. The token values are fake.
 */
public final class PlatformStubs {

    public static final String META_CODE = "meta-code-stub";
    public static final String META_SHORT = "EAAfakeShortLivedStubToken0001";
    public static final String META_LONG = "EAAfakeLongLivedStubToken0001";
    public static final String META_RENEWED = "EAAfakeRenewedStubToken0002";
    public static final String GOOGLE_CODE = "google-code-stub";
    public static final String GOOGLE_ACCESS = "ya29.fake-google-access-stub";
    public static final String GOOGLE_REFRESH = "1//fake-google-refresh-stub-token";
    public static final String GOOGLE_CLIENT_ID = "123456789-fakestubclient.apps.googleusercontent.com";
    public static final String DEVELOPER_TOKEN = "fakeStubDeveloperTok22";
    public static final String MICROSOFT_CODE = "microsoft-code-stub";
    public static final String MICROSOFT_CLIENT_ID = "00000000-0000-4000-8000-000000000001";
    public static final String MICROSOFT_REFRESH = "fake-microsoft-refresh-stub-token-1";
    public static final String MICROSOFT_RENEWED = "fake-microsoft-refresh-stub-token-2";
    public static final String MICROSOFT_DEVELOPER = "fakeStubMsDevToken";
    public static final String LINKEDIN_CODE = "linkedin-code-stub";
    public static final String LINKEDIN_REFRESH = "fake-linkedin-refresh-stub-token";
    public static final String TIKTOK_CODE = "tiktok-auth-code-stub";
    public static final String TIKTOK_TOKEN = "fakeTikTokLongTermStubToken0001";
    public static final String REFUSED_CODE = "refused-code-stub";
    public static final String CLIENT_SECRET = "fake-stub-client-secret";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    public void start() {
        server.start();
        meta();
        google();
        microsoft();
        linkedIn();
        tikTok();
    }

    public void stop() {
        server.stop();
    }

    public WireMockServer server() {
        return server;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Every family's client, on this server. */
    public Map<Family, OAuthClientSettings> clients() {
        Map<Family, OAuthClientSettings> clients = new EnumMap<>(Family.class);
        clients.put(Family.META, client("1234567890123456", Map.of()));
        clients.put(Family.GOOGLE, client(GOOGLE_CLIENT_ID, Map.of("DEVELOPER_TOKEN", DEVELOPER_TOKEN)));
        clients.put(Family.MICROSOFT, client(MICROSOFT_CLIENT_ID, Map.of("DEVELOPER_TOKEN", MICROSOFT_DEVELOPER)));
        clients.put(Family.LINKEDIN, client("fakeLinkedInClient", Map.of()));
        clients.put(Family.TIKTOK, client("7000000000000000001", Map.of()));
        return clients;
    }

    /** The same clients as the service's settings: ADT_OAUTH_* variables. */
    public Map<String, String> variables() {
        Map<String, String> variables = new java.util.HashMap<>();
        clients().forEach((family, client) -> {
            variables.put(family.settingPrefix() + "CLIENT_ID", client.clientId());
            variables.put(family.settingPrefix() + "CLIENT_SECRET", client.clientSecret());
            variables.put(family.settingPrefix() + "BASE_URL", baseUrl().toString());
            client.extra().forEach((suffix, value) -> variables.put(family.settingPrefix() + suffix, value));
        });
        return variables;
    }

    /** Short waits, so a retried failure takes milliseconds. */
    public OAuthSettings settings() {
        return new OAuthSettings(URI.create("https://app.example.test"), clients(), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 3, Duration.ofMillis(5), Duration.ofMillis(20));
    }

    private OAuthClientSettings client(String id, Map<String, String> extra) {
        return new OAuthClientSettings(id, CLIENT_SECRET, extra, io.vavr.control.Option.of(baseUrl()));
    }

    /** The Microsoft token endpoint refuses refresh tokens from now on (revoked, expired: invalid_grant). */
    public void microsoftRefusesRefresh() {
        stub(post(urlPathEqualTo("/common/oauth2/v2.0/token")).withRequestBody(containing("grant_type=refresh_token"))
                .atPriority(1), 400, """
                {"error": "invalid_grant", "error_description": "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.", "error_codes": [70008], "timestamp": "2026-12-06 06:00:00Z", "trace_id": "00000000-0000-0000-0000-000000000000", "correlation_id": "00000000-0000-0000-0000-000000000000"}""");
    }

    /** Meta answers 190 to exchanging the kept token (the person changed their password, removed the app). */
    public void metaInvalidatesTokens() {
        stub(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo(META_LONG)).atPriority(1), 400, """
                {"error": {"message": "Error validating access token: The session has been invalidated because the user changed their password.", "type": "OAuthException", "code": 190, "error_subcode": 460, "fbtrace_id": "AbCdEfGhIjK"}}""");
    }

    /** The token endpoints answer 503 from now on. */
    public void tokenEndpointsDown() {
        stub(post(urlPathEqualTo("/common/oauth2/v2.0/token")).atPriority(1), 503, "{}");
        stub(post(urlPathEqualTo("/token")).atPriority(1), 503, "{}");
        stub(get(urlPathEqualTo("/v21.0/oauth/access_token")).atPriority(1), 503, "{}");
    }

    private void meta() {
        stub(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", equalTo(META_CODE))
                .withQueryParam("client_secret", equalTo(CLIENT_SECRET)), 200, """
                {"access_token": "%s", "token_type": "bearer", "expires_in": 5183999}""".formatted(META_SHORT));
        stub(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", equalTo(REFUSED_CODE)), 400, """
                {"error": {"message": "This authorization code has been used.", "type": "OAuthException", "code": 100, "error_subcode": 36009, "fbtrace_id": "AbCdEfGhIjK"}}""");
        stub(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo(META_SHORT)), 200, """
                {"access_token": "%s", "token_type": "bearer", "expires_in": 5183944}""".formatted(META_LONG));
        stub(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo(META_LONG)), 200, """
                {"access_token": "%s", "token_type": "bearer", "expires_in": 5183944}""".formatted(META_RENEWED));
        stub(get(urlPathEqualTo("/v21.0/me/permissions")).withHeader("Authorization", equalTo("Bearer " + META_LONG)),
                200, """
                {"data": [{"permission": "ads_read", "status": "granted"}, {"permission": "business_management", "status": "declined"}, {"permission": "public_profile", "status": "granted"}]}""");
        stub(get(urlPathEqualTo("/v21.0/me/adaccounts")).withHeader("Authorization", equalTo("Bearer " + META_LONG)),
                200, """
                {"data": [{"account_id": "1111111111", "name": "Brand EU", "id": "act_1111111111"}, {"account_id": "2222222222", "name": "Brand US", "id": "act_2222222222"}], "paging": {"cursors": {"before": "QVFIUk", "after": "QVFIUl"}}}""");
    }

    private void google() {
        stub(post(urlPathEqualTo("/token")).withRequestBody(containing("code=" + GOOGLE_CODE))
                .withRequestBody(containing("code_verifier=")), 200, """
                {"access_token": "%s", "expires_in": 3599, "refresh_token": "%s", "scope": "https://www.googleapis.com/auth/adwords", "token_type": "Bearer"}"""
                .formatted(GOOGLE_ACCESS, GOOGLE_REFRESH));
        stub(post(urlPathEqualTo("/token")).withRequestBody(containing("code=" + REFUSED_CODE)), 400, """
                {"error": "invalid_grant", "error_description": "Bad Request"}""");
        stub(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token")), 200, """
                {"access_token": "%s", "expires_in": 3599, "scope": "https://www.googleapis.com/auth/adwords", "token_type": "Bearer"}"""
                .formatted(GOOGLE_ACCESS));
        stub(get(urlPathEqualTo("/" + GoogleFlow.ADS_VERSION + "/customers:listAccessibleCustomers"))
                .withHeader("Authorization", equalTo("Bearer " + GOOGLE_ACCESS))
                .withHeader("developer-token", equalTo(DEVELOPER_TOKEN)), 200, """
                {"resourceNames": ["customers/1234567890"]}""");
        stub(get(urlPathEqualTo("/v1beta/accountSummaries")).withHeader("Authorization", equalTo("Bearer " + GOOGLE_ACCESS)),
                200, """
                {"accountSummaries": [{"name": "accountSummaries/100", "account": "accounts/100", "displayName": "Acme", "propertySummaries": [{"property": "properties/3001", "displayName": "acme.example", "propertyType": "PROPERTY_TYPE_ORDINARY"}, {"property": "properties/3002", "displayName": "shop.acme.example", "propertyType": "PROPERTY_TYPE_ORDINARY"}]}]}""");
        stub(get(urlPathEqualTo("/webmasters/v3/sites")).withHeader("Authorization", equalTo("Bearer " + GOOGLE_ACCESS)),
                200, """
                {"siteEntry": [{"siteUrl": "sc-domain:acme.example", "permissionLevel": "siteOwner"}, {"siteUrl": "https://old.acme.example/", "permissionLevel": "siteUnverifiedUser"}]}""");
    }

    private void microsoft() {
        stub(post(urlPathEqualTo("/common/oauth2/v2.0/token")).withRequestBody(containing("code=" + MICROSOFT_CODE))
                .withRequestBody(containing("code_verifier=")), 200, """
                {"token_type": "Bearer", "scope": "https://ads.microsoft.com/msads.manage", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "fake-microsoft-access-stub", "refresh_token": "%s"}"""
                .formatted(MICROSOFT_REFRESH));
        stub(post(urlPathEqualTo("/common/oauth2/v2.0/token")).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + MICROSOFT_REFRESH)), 200, """
                {"token_type": "Bearer", "scope": "https://ads.microsoft.com/msads.manage", "expires_in": 3599, "access_token": "fake-microsoft-access-stub-2", "refresh_token": "%s"}"""
                .formatted(MICROSOFT_RENEWED));
        stub(post(urlPathEqualTo("/CustomerManagement/v13/AccountsInfo/Query"))
                .withHeader("DeveloperToken", equalTo(MICROSOFT_DEVELOPER)), 200, """
                {"AccountsInfo": [{"AccountLifeCycleStatus": "Active", "Id": 187654321, "Name": "Acme Search", "Number": "F1234567", "PauseReason": null}]}""");
    }

    private void linkedIn() {
        stub(post(urlPathEqualTo("/oauth/v2/accessToken")).withRequestBody(containing("code=" + LINKEDIN_CODE)), 200, """
                {"access_token": "fake-linkedin-access-stub-token", "expires_in": 5184000, "refresh_token": "%s", "refresh_token_expires_in": 518400, "scope": "r_ads,r_ads_reporting"}"""
                .formatted(LINKEDIN_REFRESH));
        stub(post(urlPathEqualTo("/oauth/v2/accessToken")).withRequestBody(containing("code=" + REFUSED_CODE)), 400, """
                {"error": "invalid_request", "error_description": "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists"}""");
        stub(get(urlPathEqualTo("/rest/adAccounts")).withHeader("LinkedIn-Version", equalTo(LinkedInFlow.API_VERSION)), 200, """
                {"elements": [{"id": 508000001, "name": "Acme Sponsored", "currency": "EUR", "status": "ACTIVE", "type": "BUSINESS"}], "paging": {"start": 0, "count": 1000, "links": []}}""");
    }

    private void tikTok() {
        stub(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).withRequestBody(containing(TIKTOK_CODE)), 200, """
                {"code": 0, "message": "OK", "request_id": "202612060600000000", "data": {"access_token": "%s", "advertiser_ids": ["7100000000000000001"], "scope": [4, 5]}}"""
                .formatted(TIKTOK_TOKEN));
        stub(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).withRequestBody(containing(REFUSED_CODE)), 200, """
                {"code": 40105, "message": "The auth_code is invalid or has expired.", "request_id": "202612060600000001", "data": {}}""");
        stub(get(urlPathEqualTo("/open_api/v1.3/oauth2/advertiser/get/")).withHeader("Access-Token", equalTo(TIKTOK_TOKEN)),
                200, """
                {"code": 0, "message": "OK", "request_id": "202612060600000002", "data": {"list": [{"advertiser_id": "7100000000000000001", "advertiser_name": "Acme TikTok"}]}}""");
    }

    private void stub(MappingBuilder request, int status, String json) {
        server.stubFor(request.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(json)));
    }
}
