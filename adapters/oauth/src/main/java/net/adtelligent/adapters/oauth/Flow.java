package net.adtelligent.adapters.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.OAuthPlatforms.Granted;
import net.adtelligent.ports.out.OAuthPlatforms.Refusal;
import net.adtelligent.ports.out.OAuthPlatforms.Tokens;

/** One platform family's authorization code flow, as its documentation describes it. */
interface Flow {

    /** The OAuth 2.0 errors after which the code or refresh token will never be accepted. */
    Set<String> INVALID = Set.of("invalid_grant", "invalid_client", "unauthorized_client", "invalid_request");

    boolean pkce();

    boolean refreshes();

    URI authorizationUrl(Platform platform, String state, List<String> scopes, Option<String> challenge);

    Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier);

    Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials);

    /** An RFC 6749 error body ({@code error}, {@code error_description}). */
    static Refusal oauthError(OAuthHttp.Answer answer) {
        String error = text(answer.body(), "error").getOrElse("http_" + answer.status());
        return new Refusal(error, text(answer.body(), "error_description").getOrElse(""), INVALID.contains(error));
    }

    static Option<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Option.none() : Option.of(value.asText());
    }

    /** A field the documented answer always has: its absence means the platform answered something else. */
    static String required(Family family, JsonNode node, String field) {
        return text(node, field).filter(value -> !value.isBlank()).getOrElseThrow(() ->
                new OAuthPlatformUnavailableException(family, family + " answered without " + field, null));
    }
}
