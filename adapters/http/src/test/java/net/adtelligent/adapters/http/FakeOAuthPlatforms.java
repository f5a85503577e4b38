package net.adtelligent.adapters.http;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.OAuthPlatforms;
import net.adtelligent.ports.out.OutsidePartUnavailableException;

/**
 * A platform for the HTTP tests: only Meta is configured (with PKCE, so a vault that is down shows at
 * the start). Codes say what happens: {@value #TWO} sees two ad accounts, {@value #ONE} one,
 * {@value #REFUSED} is refused as invalid_grant, {@value #DOWN} finds the platform unreachable. The
 * real adapter is tested against the platforms' stubs in adtelligent-oauth and end to end in bootstrap.
 */
final class FakeOAuthPlatforms implements OAuthPlatforms {

    static final String TWO = "code-two-accounts";
    static final String ONE = "code-one-account";
    static final String REFUSED = "code-refused";
    static final String DOWN = "code-platform-down";
    static final String TOKEN = "EAAfakeHttpTestTokenNotReal";

    @Override
    public List<String> missingSettings(Platform platform) {
        return platform == Platform.META_ADS ? List.of() : List.of("ADT_OAUTH_TEST_" + platform + "_CLIENT_ID");
    }

    @Override
    public boolean usesPkce(Platform platform) {
        return true;
    }

    @Override
    public boolean refreshes(Platform platform) {
        return false;
    }

    @Override
    public URI authorizationUrl(Platform platform, String state, List<String> scopes, Option<String> codeChallenge) {
        return URI.create("https://consent.example.test/dialog?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)
                + "&code_challenge=" + codeChallenge.getOrElse(""));
    }

    @Override
    public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
        Tokens tokens = new Tokens(Map.of("access_token", TOKEN), Option.none(), List.of("ads_read", "business_management"));
        return switch (code) {
            case TWO -> Either.right(new Granted(tokens, List.of(new PlatformAccount("1111111111", "Brand EU"),
                    new PlatformAccount("2222222222", "Brand US"))));
            case ONE -> Either.right(new Granted(tokens, List.of(new PlatformAccount("3333333333", "Brand APAC"))));
            case DOWN -> throw new PlatformDown();
            default -> Either.left(new Refusal("invalid_grant", "Bad Request", true));
        };
    }

    @Override
    public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
        return Either.left(new Refusal("not_renewable", "", false));
    }

    static final class PlatformDown extends OutsidePartUnavailableException {
        private static final long serialVersionUID = 1L;

        PlatformDown() {
            super("oauth meta", "the platform could not be reached", null);
        }
    }
}
