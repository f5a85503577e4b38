package net.adtelligent.domain.connection;

import static net.adtelligent.domain.connection.CredentialField.plain;
import static net.adtelligent.domain.connection.CredentialField.secret;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import net.adtelligent.domain.fact.Platform;

/**
 * One {@link ConnectorDefinition} per platform. The stream ids, lookbacks and calendars are those
 * of the data contracts (module contracts), which a test there holds this catalog to; the
 * credential field names are those of the platforms' Airbyte connectors.
 */
public final class ConnectorCatalog {

    private static final String TOKEN = "20 to 4096 visible ASCII characters, no spaces";
    private static final String TOKEN_REGEX = "[\\x21-\\x7E]{20,4096}";
    private static final String SHORT_TEXT = "8 to 512 visible ASCII characters, no spaces";
    private static final String SHORT_TEXT_REGEX = "[\\x21-\\x7E]{8,512}";
    private static final String TIKTOK_TOKEN = "a TikTok access token: 20 to 256 letters and digits";
    private static final String TIKTOK_TOKEN_REGEX = "[A-Za-z0-9]{20,256}";
    private static final String SERVICE_ACCOUNT = "a Google service-account key: the JSON object of its key file,"
            + " with \"type\": \"service_account\"";
    private static final String SERVICE_ACCOUNT_REGEX = "(?s)\\{(?=.*\"type\"\\s*:\\s*\"service_account\").{2,20000}\\}";
    private static final String GOOGLE_CLIENT_ID = "a Google OAuth client id (…apps.googleusercontent.com)";
    private static final String GOOGLE_CLIENT_ID_REGEX = "[0-9]{1,30}-[a-z0-9]{1,64}\\.apps\\.googleusercontent\\.com";
    private static final Duration HOUR = Duration.ofHours(1);

    private static final List<ConnectorDefinition> ALL = List.of(meta(), googleAds(), microsoftAds(), linkedInAds(),
            tikTokAds(), ga4(), searchConsole(), csv());

    private ConnectorCatalog() {
    }

    /** Every connector, one per platform, in the order of {@link Platform}. */
    public static List<ConnectorDefinition> all() {
        return ALL;
    }

    public static ConnectorDefinition of(Platform platform) {
        return ALL.stream().filter(definition -> definition.platform() == platform).findFirst()
                .orElseThrow(() -> new IllegalStateException("no connector for " + platform));
    }

    private static ConnectorDefinition meta() {
        return new ConnectorDefinition(Platform.META_ADS, "Meta Ads", List.of("meta_ads.ads_insights"),
                "the ad account's number (digits, without act_)", digits(1, 30),
                List.of(new CredentialMethod("access_token", "a long-lived user token or a system user's token",
                        List.of(secret("access_token", "a Meta access token: 'EA' then 18 to 4094 letters and digits",
                                "EA[A-Za-z0-9]{18,4094}")))),
                List.of(new Scope("ads_read", "read the ad accounts' insights reports"),
                        new Scope("business_management", "reach ad accounts owned by a Business Manager")),
                new TokenLifecycle(Option.of(Duration.ofDays(60)), Option.none(), false,
                        "a long-lived user token lasts about 60 days and is not refreshed: it is replaced; a system"
                                + " user's token may never expire; error 190 means the token was invalidated"),
                Option.of(Schedule.every(Duration.ofHours(6))), 28, DatesIn.ACCOUNT, Duration.ofHours(6));
    }

    private static ConnectorDefinition googleAds() {
        return new ConnectorDefinition(Platform.GOOGLE_ADS, "Google Ads",
                List.of("google_ads.ad_group_ad", "google_ads.ad_performance", "google_ads.campaign",
                        "google_ads.customer"),
                "the customer id: 10 digits, without dashes", digits(10, 10),
                List.of(new CredentialMethod("oauth", "a developer token and an OAuth client's refresh token", List.of(
                        secret("developer_token", "a Google Ads developer token: 22 letters, digits, - or _",
                                "[A-Za-z0-9_\\-]{22}"),
                        plain("client_id", GOOGLE_CLIENT_ID, GOOGLE_CLIENT_ID_REGEX),
                        secret("client_secret", SHORT_TEXT, SHORT_TEXT_REGEX),
                        secret("refresh_token", TOKEN, TOKEN_REGEX),
                        plain("login_customer_id", "the manager account's customer id: 10 digits, without dashes",
                                "[0-9]{10}").optional()))),
                List.of(new Scope("https://www.googleapis.com/auth/adwords",
                        "the one scope of the Google Ads API: it offers no read-only scope; only reports are read")),
                new TokenLifecycle(Option.of(HOUR), Option.none(), false,
                        "the refresh token lasts until revoked, but only 7 days while the OAuth consent screen is in"
                                + " Testing (then invalid_grant)"),
                Option.of(Schedule.every(Duration.ofHours(6))), 14, DatesIn.ACCOUNT, Duration.ofHours(3));
    }

    private static ConnectorDefinition microsoftAds() {
        return new ConnectorDefinition(Platform.MICROSOFT_ADS, "Microsoft Advertising",
                List.of("microsoft_ads.ad_performance_report_daily", "microsoft_ads.campaign_performance_report_daily"),
                "the account id (digits)", digits(1, 20),
                List.of(new CredentialMethod("oauth", "a developer token and an OAuth client's refresh token", List.of(
                        secret("developer_token", "a Microsoft Advertising developer token: 8 to 64 letters and digits",
                                "[A-Za-z0-9]{8,64}"),
                        plain("client_id", "the application (client) id: a UUID", UUID_REGEX),
                        secret("client_secret", SHORT_TEXT, SHORT_TEXT_REGEX),
                        secret("refresh_token", TOKEN, TOKEN_REGEX),
                        plain("tenant_id", "the Entra tenant: a UUID or common", "common|" + UUID_REGEX)))),
                List.of(new Scope("https://ads.microsoft.com/msads.manage",
                        "the one scope of the Advertising API; only reports are read"),
                        new Scope("offline_access", "a refresh token, so syncs run without the person present")),
                new TokenLifecycle(Option.of(HOUR), Option.of(Duration.ofDays(90)), true,
                        "each refresh returns a new refresh token, valid 90 days from then"),
                Option.of(Schedule.every(Duration.ofHours(6))), 0, DatesIn.ACCOUNT, Duration.ofHours(3));
    }

    private static ConnectorDefinition linkedInAds() {
        return new ConnectorDefinition(Platform.LINKEDIN_ADS, "LinkedIn Ads", List.of("linkedin_ads.ad_campaign_analytics"),
                "the ad account id (digits)", digits(1, 20),
                List.of(new CredentialMethod("oauth", "an OAuth client's refresh token", List.of(
                                plain("client_id", "the application's client id: 8 to 64 letters and digits",
                                        "[A-Za-z0-9]{8,64}"),
                                secret("client_secret", SHORT_TEXT, SHORT_TEXT_REGEX),
                                secret("refresh_token", TOKEN, TOKEN_REGEX))),
                        new CredentialMethod("access_token", "a bare access token (lasts 60 days, not renewed)",
                                List.of(secret("access_token", TOKEN, TOKEN_REGEX)))),
                List.of(new Scope("r_ads", "list the ad accounts and their campaigns"),
                        new Scope("r_ads_reporting", "read the campaigns' analytics")),
                new TokenLifecycle(Option.of(Duration.ofDays(60)), Option.of(Duration.ofDays(365)), false,
                        "refreshing does not extend the refresh token: after 365 days a person consents again"),
                Option.of(Schedule.every(Duration.ofHours(12))), 0, DatesIn.UTC, Duration.ofHours(24));
    }

    private static ConnectorDefinition tikTokAds() {
        return new ConnectorDefinition(Platform.TIKTOK_ADS, "TikTok Ads", List.of("tiktok_ads.ads_reports_daily"),
                "the advertiser id (digits)", digits(1, 30),
                // The bare token is kept for connections made with one; only the second method syncs
                // through Airbyte, whose connector asks for the app's id and secret with the token.
                List.of(new CredentialMethod("access_token", "a long-term advertiser access token",
                                List.of(secret("access_token", TIKTOK_TOKEN, TIKTOK_TOKEN_REGEX))),
                        new CredentialMethod("app", "the app's id and secret with a long-term advertiser access token",
                                List.of(plain("app_id", "the app's id: 5 to 30 digits", "[0-9]{5,30}"),
                                        secret("secret", SHORT_TEXT, SHORT_TEXT_REGEX),
                                        secret("access_token", TIKTOK_TOKEN, TIKTOK_TOKEN_REGEX)))),
                List.of(new Scope("Reporting", "the app's permission to read advertisers' reports")),
                TokenLifecycle.none("the long-term advertiser token does not expire until it is revoked; a consent"
                        + " keeps the app's id and secret beside it, which TikTok's Airbyte connector asks for"),
                Option.of(Schedule.every(Duration.ofHours(6))), 3, DatesIn.ACCOUNT, Duration.ofHours(6));
    }

    private static ConnectorDefinition ga4() {
        return new ConnectorDefinition(Platform.GA4, "Google Analytics 4",
                List.of("ga4.conversions_report", "ga4.traffic_acquisition_session_source_medium_report"),
                "the property id (digits)", digits(1, 20),
                googleMethods("credentials_json"),
                List.of(new Scope("https://www.googleapis.com/auth/analytics.readonly", "read the property's reports")),
                new TokenLifecycle(Option.of(HOUR), Option.none(), false,
                        "a service account's key does not expire until it is deleted; an OAuth refresh token lasts"
                                + " until revoked"),
                Option.of(Schedule.every(Duration.ofHours(24))), 2, DatesIn.PROPERTY, Duration.ofHours(48));
    }

    private static ConnectorDefinition searchConsole() {
        return new ConnectorDefinition(Platform.SEARCH_CONSOLE, "Google Search Console",
                List.of("search_console.search_analytics_by_date", "search_console.search_analytics_by_query"),
                "the site: sc-domain:example.com or a URL prefix such as https://www.example.com/",
                Pattern.compile("sc-domain:[a-z0-9.\\-]{1,253}|https?://[^\\s/]{1,253}/[^\\s]{0,1000}"),
                googleMethods("service_account_info"),
                List.of(new Scope("https://www.googleapis.com/auth/webmasters.readonly",
                        "read the site's search analytics")),
                new TokenLifecycle(Option.of(HOUR), Option.none(), false,
                        "a service account's key does not expire until it is deleted; an OAuth refresh token lasts"
                                + " until revoked"),
                Option.of(Schedule.every(Duration.ofHours(24))), 0, DatesIn.PACIFIC, Duration.ofHours(72));
    }

    private static ConnectorDefinition csv() {
        return new ConnectorDefinition(Platform.CSV, "CSV upload", List.of("csv.generic"),
                "the source's name: 1 to 100 characters", Pattern.compile("[^\\p{Cntrl}]{1,100}"),
                List.of(), List.of(), TokenLifecycle.none("uploads take no credentials"),
                Option.none(), 0, DatesIn.FROM_UPLOAD, Duration.ZERO);
    }

    private static List<CredentialMethod> googleMethods(String serviceAccountField) {
        return List.of(new CredentialMethod("service_account", "a service account's key, the account added as a user",
                        List.of(secret(serviceAccountField, SERVICE_ACCOUNT, SERVICE_ACCOUNT_REGEX))),
                new CredentialMethod("oauth", "an OAuth client's refresh token", List.of(
                        plain("client_id", GOOGLE_CLIENT_ID, GOOGLE_CLIENT_ID_REGEX),
                        secret("client_secret", SHORT_TEXT, SHORT_TEXT_REGEX),
                        secret("refresh_token", TOKEN, TOKEN_REGEX))));
    }

    private static final String UUID_REGEX = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static Pattern digits(int min, int max) {
        return Pattern.compile("[0-9]{" + min + "," + max + "}");
    }
}
