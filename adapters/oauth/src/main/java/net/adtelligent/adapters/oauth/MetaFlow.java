package net.adtelligent.adapters.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.OAuthPlatforms.Granted;
import net.adtelligent.ports.out.OAuthPlatforms.Refusal;
import net.adtelligent.ports.out.OAuthPlatforms.Tokens;

/**
 * Facebook Login's manual flow: the code for a short-lived user token, that exchanged at once
 * ({@code fb_exchange_token}) for a long-lived one (about 60 days), which is what is kept; the
 * permissions granted from /me/permissions, the ad accounts from /me/adaccounts. Renewing is the
 * same exchange on the token kept. Graph errors are {@code {"error": {"code": 190, …}}}.
 */
final class MetaFlow implements Flow {

    static final String VERSION = "v21.0";
    private static final Duration LONG_LIVED = Duration.ofDays(60);

    private final OAuthClientSettings client;
    private final OAuthHttp http;
    private final OAuthSettings settings;
    private final Clock clock;

    MetaFlow(OAuthClientSettings client, OAuthHttp http, OAuthSettings settings, Clock clock) {
        this.client = client;
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean pkce() {
        return false;
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
        query.put("state", state);
        query.put("response_type", "code");
        query.put("scope", String.join(",", scopes));
        return OAuthHttp.with(client.host("https://www.facebook.com") + "/" + VERSION + "/dialog/oauth", query);
    }

    @Override
    public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", client.clientId());
        query.put("redirect_uri", settings.redirectUri(platform).toString());
        query.put("client_secret", client.clientSecret());
        query.put("code", code);
        OAuthHttp.Answer shortLived = http.get(OAuthHttp.with(graph() + "/oauth/access_token", query), Map.of());
        if (!shortLived.ok()) {
            return Either.left(graphError(shortLived));
        }
        return longLived(Flow.required(Family.META, shortLived.body(), "access_token")).map(tokens -> {
            String token = tokens.credentials().get("access_token");
            Tokens granted = new Tokens(tokens.credentials(), tokens.expiresAt(), permissions(token));
            return new Granted(granted, accounts(token));
        });
    }

    @Override
    public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
        return longLived(credentials.getOrDefault("access_token", ""));
    }

    private Either<Refusal, Tokens> longLived(String token) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("grant_type", "fb_exchange_token");
        query.put("client_id", client.clientId());
        query.put("client_secret", client.clientSecret());
        query.put("fb_exchange_token", token);
        OAuthHttp.Answer answer = http.get(OAuthHttp.with(graph() + "/oauth/access_token", query), Map.of());
        if (!answer.ok()) {
            return Either.left(graphError(answer));
        }
        Duration life = Option.of(answer.body().get("expires_in")).filter(JsonNode::canConvertToLong)
                .map(seconds -> Duration.ofSeconds(seconds.asLong())).getOrElse(LONG_LIVED);
        Instant end = clock.instant().plus(life);
        return Either.right(new Tokens(Map.of("access_token", Flow.required(Family.META, answer.body(), "access_token")),
                Option.of(end), List.of()));
    }

    private List<String> permissions(String token) {
        OAuthHttp.Answer answer = http.get(URI.create(graph() + "/me/permissions"), bearer(token));
        if (!answer.ok()) {
            throw new ListingRefused(graphError(answer));
        }
        List<String> granted = new ArrayList<>();
        answer.body().path("data").forEach(permission -> {
            if ("granted".equals(permission.path("status").asText())) {
                granted.add(permission.path("permission").asText());
            }
        });
        return granted;
    }

    private List<PlatformAccount> accounts(String token) {
        OAuthHttp.Answer answer = http.get(URI.create(graph() + "/me/adaccounts?fields=account_id,name&limit=500"),
                bearer(token));
        if (!answer.ok()) {
            throw new ListingRefused(graphError(answer));
        }
        List<PlatformAccount> seen = new ArrayList<>();
        answer.body().path("data").forEach(account -> seen.add(new PlatformAccount(account.path("account_id").asText(),
                account.path("name").asText(""))));
        return seen;
    }

    private String graph() {
        return client.host("https://graph.facebook.com") + "/" + VERSION;
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** Code 190: the token is invalid (expired, revoked, password changed); 100 with a code: the code is spent or wrong. */
    static Refusal graphError(OAuthHttp.Answer answer) {
        JsonNode error = answer.body().path("error");
        int code = error.path("code").asInt(0);
        return new Refusal("code " + code, error.path("message").asText("http " + answer.status()),
                code == 190 || code == 100 || code == 102);
    }
}
