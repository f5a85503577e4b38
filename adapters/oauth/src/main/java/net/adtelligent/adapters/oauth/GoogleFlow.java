package net.adtelligent.adapters.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.OAuthPlatforms.Granted;
import net.adtelligent.ports.out.OAuthPlatforms.Refusal;
import net.adtelligent.ports.out.OAuthPlatforms.Tokens;

/**
 * Google's OAuth 2.0 for web server apps: offline access (a refresh token) with PKCE, one client
 * for Google Ads, GA4 and Search Console; the accounts from customers:listAccessibleCustomers, the
 * Admin API's accountSummaries, or the Search Console sites list. A refresh token has no fixed end.
 */
final class GoogleFlow implements Flow {

    static final String ADS_VERSION = "v21";

    private final OAuthClientSettings client;
    private final OAuthHttp http;
    private final OAuthSettings settings;

    GoogleFlow(OAuthClientSettings client, OAuthHttp http, OAuthSettings settings) {
        this.client = client;
        this.http = http;
        this.settings = settings;
    }

    @Override
    public boolean pkce() {
        return true;
    }

    @Override
    public boolean refreshes() {
        return true;
    }

    @Override
    public URI authorizationUrl(Platform platform, String state, List<String> scopes, Option<String> challenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", client.clientId());
        query.put("redirect_uri", settings.redirectUri(platform).toString());
        query.put("response_type", "code");
        query.put("scope", String.join(" ", scopes));
        query.put("access_type", "offline");
        query.put("prompt", "consent");
        query.put("include_granted_scopes", "true");
        query.put("state", state);
        challenge.forEach(value -> {
            query.put("code_challenge", value);
            query.put("code_challenge_method", "S256");
        });
        return OAuthHttp.with(client.host("https://accounts.google.com") + "/o/oauth2/v2/auth", query);
    }

    @Override
    public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        form.put("redirect_uri", settings.redirectUri(platform).toString());
        form.put("grant_type", "authorization_code");
        verifier.forEach(value -> form.put("code_verifier", value));
        OAuthHttp.Answer answer = http.postForm(tokenUri(), form, Map.of());
        if (!answer.ok()) {
            return Either.left(Flow.oauthError(answer));
        }
        String access = Flow.required(Family.GOOGLE, answer.body(), "access_token");
        Option<String> refresh = Flow.text(answer.body(), "refresh_token");
        if (refresh.isEmpty()) {
            return Either.left(new Refusal("no_refresh_token", "Google gave no refresh token: remove the app's access"
                    + " at myaccount.google.com/permissions, then consent again", true));
        }
        List<String> scopes = Arrays.asList(Flow.text(answer.body(), "scope").getOrElse("").split(" "));
        return Either.right(new Granted(new Tokens(credentials(platform, refresh.get()), Option.none(), scopes),
                accounts(platform, access)));
    }

    @Override
    public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        form.put("refresh_token", credentials.getOrDefault("refresh_token", ""));
        form.put("grant_type", "refresh_token");
        OAuthHttp.Answer answer = http.postForm(tokenUri(), form, Map.of());
        if (!answer.ok()) {
            return Either.left(Flow.oauthError(answer));
        }
        List<String> scopes = Arrays.asList(Flow.text(answer.body(), "scope").getOrElse("").split(" "));
        return Either.right(new Tokens(credentials, Option.none(), scopes));
    }

    private URI tokenUri() {
        return URI.create(client.host("https://oauth2.googleapis.com") + "/token");
    }

    private Map<String, String> credentials(Platform platform, String refreshToken) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_id", client.clientId());
        fields.put("client_secret", client.clientSecret());
        fields.put("refresh_token", refreshToken);
        if (platform == Platform.GOOGLE_ADS) {
            client.extra("DEVELOPER_TOKEN").forEach(token -> fields.put("developer_token", token));
        }
        return fields;
    }

    private List<PlatformAccount> accounts(Platform platform, String access) {
        Map<String, String> bearer = new LinkedHashMap<>(Map.of("Authorization", "Bearer " + access));
        List<PlatformAccount> seen = new ArrayList<>();
        switch (platform) {
            case GOOGLE_ADS -> {
                client.extra("DEVELOPER_TOKEN").forEach(token -> bearer.put("developer-token", token));
                JsonNode body = ok(http.get(URI.create(client.host("https://googleads.googleapis.com") + "/"
                        + ADS_VERSION + "/customers:listAccessibleCustomers"), bearer));
                body.path("resourceNames").forEach(name -> {
                    String id = name.asText().replaceFirst("^customers/", "");
                    seen.add(new PlatformAccount(id, id));
                });
            }
            case GA4 -> {
                JsonNode body = ok(http.get(URI.create(client.host("https://analyticsadmin.googleapis.com")
                        + "/v1beta/accountSummaries?pageSize=200"), bearer));
                body.path("accountSummaries").forEach(account -> account.path("propertySummaries").forEach(property ->
                        seen.add(new PlatformAccount(property.path("property").asText().replaceFirst("^properties/", ""),
                                property.path("displayName").asText("")))));
            }
            case SEARCH_CONSOLE -> {
                JsonNode body = ok(http.get(URI.create(client.host("https://www.googleapis.com")
                        + "/webmasters/v3/sites"), bearer));
                body.path("siteEntry").forEach(site -> {
                    if (!"siteUnverifiedUser".equals(site.path("permissionLevel").asText())) {
                        seen.add(new PlatformAccount(site.path("siteUrl").asText(), site.path("siteUrl").asText()));
                    }
                });
            }
            default -> throw new IllegalArgumentException(platform + " is not a Google platform");
        }
        return seen;
    }

    private static JsonNode ok(OAuthHttp.Answer answer) {
        if (!answer.ok()) {
            JsonNode error = answer.body().path("error");
            throw new ListingRefused(new Refusal(error.path("status").asText("http_" + answer.status()),
                    "listing the accounts was refused: " + error.path("message").asText(""), false));
        }
        return answer.body();
    }
}
