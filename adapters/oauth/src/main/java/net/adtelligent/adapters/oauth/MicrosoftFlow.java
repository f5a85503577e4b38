package net.adtelligent.adapters.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
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
 * The Microsoft identity platform (v2.0 endpoints, PKCE) for Microsoft Advertising: a refresh token
 * that lasts 90 days and is replaced by each refresh; the accounts from the Customer Management
 * service's AccountsInfo query. {@code offline_access} is granted when a refresh token comes back
 * (Microsoft does not echo it among the scopes).
 */
final class MicrosoftFlow implements Flow {

    private static final Duration REFRESH_LIFE = Duration.ofDays(90);

    private final OAuthClientSettings client;
    private final OAuthHttp http;
    private final OAuthSettings settings;
    private final Clock clock;

    MicrosoftFlow(OAuthClientSettings client, OAuthHttp http, OAuthSettings settings, Clock clock) {
        this.client = client;
        this.http = http;
        this.settings = settings;
        this.clock = clock;
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
        query.put("response_type", "code");
        query.put("redirect_uri", settings.redirectUri(platform).toString());
        query.put("response_mode", "query");
        query.put("scope", String.join(" ", scopes));
        query.put("state", state);
        challenge.forEach(value -> {
            query.put("code_challenge", value);
            query.put("code_challenge_method", "S256");
        });
        return OAuthHttp.with(login() + "/oauth2/v2.0/authorize", query);
    }

    @Override
    public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
        Map<String, String> form = base();
        form.put("code", code);
        form.put("redirect_uri", settings.redirectUri(platform).toString());
        form.put("grant_type", "authorization_code");
        verifier.forEach(value -> form.put("code_verifier", value));
        return tokens(form).map(answer -> new Granted(answer.tokens(), accounts(answer.access())));
    }

    @Override
    public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
        Map<String, String> form = base();
        form.put("refresh_token", credentials.getOrDefault("refresh_token", ""));
        form.put("grant_type", "refresh_token");
        return tokens(form).map(Answer::tokens);
    }

    private record Answer(Tokens tokens, String access) {
    }

    private Either<Refusal, Answer> tokens(Map<String, String> form) {
        OAuthHttp.Answer answer = http.postForm(URI.create(login() + "/oauth2/v2.0/token"), form, Map.of());
        if (!answer.ok()) {
            return Either.left(Flow.oauthError(answer));
        }
        String access = Flow.required(Family.MICROSOFT, answer.body(), "access_token");
        Option<String> refresh = Flow.text(answer.body(), "refresh_token");
        if (refresh.isEmpty()) {
            return Either.left(new Refusal("no_refresh_token", "Microsoft gave no refresh token: offline_access was"
                    + " not granted", true));
        }
        List<String> scopes = new ArrayList<>(Arrays.asList(Flow.text(answer.body(), "scope").getOrElse("").split(" ")));
        scopes.add("offline_access");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_id", client.clientId());
        fields.put("client_secret", client.clientSecret());
        fields.put("refresh_token", refresh.get());
        fields.put("tenant_id", tenant());
        client.extra("DEVELOPER_TOKEN").forEach(token -> fields.put("developer_token", token));
        return Either.right(new Answer(new Tokens(fields, Option.of(clock.instant().plus(REFRESH_LIFE)), scopes),
                access));
    }

    private List<PlatformAccount> accounts(String access) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Authorization", "Bearer " + access));
        client.extra("DEVELOPER_TOKEN").forEach(token -> headers.put("DeveloperToken", token));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("CustomerId", null);
        query.put("OnlyParentAccounts", false);
        OAuthHttp.Answer answer = http.postJson(URI.create(client.host("https://clientcenter.api.bingads.microsoft.com")
                + "/CustomerManagement/v13/AccountsInfo/Query"), query, headers);
        if (!answer.ok()) {
            JsonNode errors = answer.body().path("OperationErrors");
            throw new ListingRefused(new Refusal(errors.path(0).path("ErrorCode").asText("http_" + answer.status()),
                    "listing the accounts was refused: " + errors.path(0).path("Message").asText(""), false));
        }
        List<PlatformAccount> seen = new ArrayList<>();
        answer.body().path("AccountsInfo").forEach(account -> seen.add(new PlatformAccount(
                account.path("Id").asText(), account.path("Name").asText(""))));
        return seen;
    }

    private Map<String, String> base() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        form.put("scope", "https://ads.microsoft.com/msads.manage offline_access");
        return form;
    }

    private String tenant() {
        return client.extra("TENANT").getOrElse("common");
    }

    private String login() {
        return client.host("https://login.microsoftonline.com") + "/" + tenant();
    }
}
