package net.adtelligent.adapters.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
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
 * TikTok API for Business advertiser authorization: the portal sends back an {@code auth_code},
 * exchanged with the app's id and secret for a long-term access token that does not expire until
 * revoked. Every answer is an envelope {@code {"code": 0, "message": …, "data": …}}: a code other
 * than 0 is a refusal, whatever the HTTP status. Permissions are the app's (Reporting), fixed when
 * the app is approved, so what was asked for is what is granted.
 */
final class TikTokFlow implements Flow {

    private final OAuthClientSettings client;
    private final OAuthHttp http;
    private final OAuthSettings settings;

    TikTokFlow(OAuthClientSettings client, OAuthHttp http, OAuthSettings settings) {
        this.client = client;
        this.http = http;
        this.settings = settings;
    }

    @Override
    public boolean pkce() {
        return false;
    }

    @Override
    public boolean refreshes() {
        return false;
    }

    @Override
    public URI authorizationUrl(Platform platform, String state, List<String> scopes, Option<String> challenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_id", client.clientId());
        query.put("state", state);
        query.put("redirect_uri", settings.redirectUri(platform).toString());
        return OAuthHttp.with(client.host("https://business-api.tiktok.com") + "/portal/auth", query);
    }

    @Override
    public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("app_id", client.clientId());
        body.put("secret", client.clientSecret());
        body.put("auth_code", code);
        OAuthHttp.Answer answer = http.postJson(URI.create(api() + "/oauth2/access_token/"), body, Map.of());
        Option<Refusal> refused = refusal(answer);
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        String access = Flow.required(Family.TIKTOK, answer.body().path("data"), "access_token");
        List<String> granted = List.of("Reporting");
        // With the app's id and secret, as TikTok's Airbyte connector takes its credentials.
        return Either.right(new Granted(new Tokens(Map.of("app_id", client.clientId(), "secret", client.clientSecret(),
                "access_token", access), Option.none(), granted), advertisers(access)));
    }

    @Override
    public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
        return Either.left(new Refusal("not_renewable", "TikTok's long-term token does not expire", false));
    }

    private List<PlatformAccount> advertisers(String access) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_id", client.clientId());
        query.put("secret", client.clientSecret());
        OAuthHttp.Answer answer = http.get(OAuthHttp.with(api() + "/oauth2/advertiser/get/", query),
                Map.of("Access-Token", access));
        Option<Refusal> refused = refusal(answer);
        if (refused.isDefined()) {
            throw new ListingRefused(refused.get());
        }
        List<PlatformAccount> seen = new ArrayList<>();
        answer.body().path("data").path("list").forEach(advertiser -> seen.add(new PlatformAccount(
                advertiser.path("advertiser_id").asText(), advertiser.path("advertiser_name").asText(""))));
        return seen;
    }

    /** TikTok's envelope: code 0 is success; any other code (e.g. 40105 an invalid auth_code) a refusal. */
    private static Option<Refusal> refusal(OAuthHttp.Answer answer) {
        JsonNode code = answer.body().get("code");
        if (code == null || !code.canConvertToLong()) {
            throw new OAuthPlatformUnavailableException(Family.TIKTOK, "TikTok answered " + answer.status()
                    + " without its envelope's code", null);
        }
        if (code.asLong() == 0 && answer.ok()) {
            return Option.none();
        }
        return Option.of(new Refusal("code " + code.asLong(), answer.body().path("message").asText(""), true));
    }

    private String api() {
        return client.host("https://business-api.tiktok.com") + "/open_api/v1.3";
    }
}
