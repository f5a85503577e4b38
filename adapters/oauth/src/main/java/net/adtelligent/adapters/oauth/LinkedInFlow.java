package net.adtelligent.adapters.oauth;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * LinkedIn's 3-legged OAuth: an access token for 60 days and, for Marketing partners, a refresh
 * token whose 365 days are not extended by refreshing, so the connection's credentials end with it
 * and a person consents again (nothing to renew ahead); without a refresh token the bare access
 * token is kept. Scopes come back comma-separated; the ad accounts from /rest/adAccounts.
 */
final class LinkedInFlow implements Flow {

    static final String API_VERSION = "202411";

    private final OAuthClientSettings client;
    private final OAuthHttp http;
    private final OAuthSettings settings;
    private final Clock clock;

    LinkedInFlow(OAuthClientSettings client, OAuthHttp http, OAuthSettings settings, Clock clock) {
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
        return false;
    }

    @Override
    public URI authorizationUrl(Platform platform, String state, List<String> scopes, Option<String> challenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", client.clientId());
        query.put("redirect_uri", settings.redirectUri(platform).toString());
        query.put("state", state);
        query.put("scope", String.join(" ", scopes));
        return OAuthHttp.with(client.host("https://www.linkedin.com") + "/oauth/v2/authorization", query);
    }

    @Override
    public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        form.put("redirect_uri", settings.redirectUri(platform).toString());
        OAuthHttp.Answer answer = http.postForm(URI.create(client.host("https://www.linkedin.com")
                + "/oauth/v2/accessToken"), form, Map.of());
        if (!answer.ok()) {
            return Either.left(Flow.oauthError(answer));
        }
        String access = Flow.required(Family.LINKEDIN, answer.body(), "access_token");
        Instant now = clock.instant();
        Option<String> refresh = Flow.text(answer.body(), "refresh_token");
        Map<String, String> fields = new LinkedHashMap<>();
        Option<Instant> end;
        if (refresh.isDefined()) {
            fields.put("client_id", client.clientId());
            fields.put("client_secret", client.clientSecret());
            fields.put("refresh_token", refresh.get());
            end = Option.of(now.plus(Duration.ofSeconds(answer.body().path("refresh_token_expires_in")
                    .asLong(Duration.ofDays(365).toSeconds()))));
        } else {
            fields.put("access_token", access);
            end = Option.of(now.plus(Duration.ofSeconds(answer.body().path("expires_in")
                    .asLong(Duration.ofDays(60).toSeconds()))));
        }
        List<String> scopes = Arrays.stream(Flow.text(answer.body(), "scope").getOrElse("").split("[, ]"))
                .filter(scope -> !scope.isBlank()).toList();
        return Either.right(new Granted(new Tokens(fields, end, scopes), accounts(access)));
    }

    /** Refreshing gives a new access token but keeps the refresh token's end: nothing the connection keeps changes. */
    @Override
    public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
        return Either.left(new Refusal("not_renewable", "LinkedIn's refresh token ends on a fixed day: consent again",
                false));
    }

    private List<PlatformAccount> accounts(String access) {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + access, "LinkedIn-Version", API_VERSION,
                "X-Restli-Protocol-Version", "2.0.0");
        OAuthHttp.Answer answer = http.get(URI.create(client.host("https://api.linkedin.com")
                + "/rest/adAccounts?q=search"), headers);
        if (!answer.ok()) {
            throw new ListingRefused(new Refusal(answer.body().path("code").asText("http_" + answer.status()),
                    "listing the ad accounts was refused: " + answer.body().path("message").asText(""), false));
        }
        List<PlatformAccount> seen = new ArrayList<>();
        answer.body().path("elements").forEach(account -> seen.add(new PlatformAccount(account.path("id").asText(),
                account.path("name").asText(""))));
        return seen;
    }
}
