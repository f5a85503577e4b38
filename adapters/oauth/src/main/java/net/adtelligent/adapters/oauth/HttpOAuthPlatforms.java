package net.adtelligent.adapters.oauth;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.OAuthPlatforms;

/**
 * {@link OAuthPlatforms} over the JDK's HttpClient: each configured family's flow, and for the rest
 * the settings to add. Tokens go from the platform's answer into the connector's credential fields
 * and nowhere else: never a log line, never a message.
 */
public final class HttpOAuthPlatforms implements OAuthPlatforms {

    private final OAuthSettings settings;
    private final Map<Family, Flow> flows = new EnumMap<>(Family.class);

    public HttpOAuthPlatforms(OAuthSettings settings, Clock clock) {
        this.settings = settings;
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        settings.clients().forEach((family, credentials) -> {
            OAuthHttp http = new OAuthHttp(family, client, settings);
            flows.put(family, switch (family) {
                case META -> new MetaFlow(credentials, http, settings, clock);
                case GOOGLE -> new GoogleFlow(credentials, http, settings);
                case MICROSOFT -> new MicrosoftFlow(credentials, http, settings, clock);
                case LINKEDIN -> new LinkedInFlow(credentials, http, settings, clock);
                case TIKTOK -> new TikTokFlow(credentials, http, settings);
            });
        });
    }

    @Override
    public List<String> missingSettings(Platform platform) {
        Family family = Family.of(platform);
        List<String> missing = new ArrayList<>();
        Option<OAuthClientSettings> client = Option.of(settings.clients().get(family));
        if (client.isEmpty()) {
            missing.add(family.settingPrefix() + "CLIENT_ID");
            missing.add(family.settingPrefix() + "CLIENT_SECRET");
        }
        if ((platform == Platform.GOOGLE_ADS || platform == Platform.MICROSOFT_ADS)
                && client.flatMap(known -> known.extra("DEVELOPER_TOKEN")).isEmpty()) {
            missing.add(family.settingPrefix() + "DEVELOPER_TOKEN");
        }
        return missing;
    }

    @Override
    public boolean usesPkce(Platform platform) {
        return flow(platform).pkce();
    }

    @Override
    public boolean refreshes(Platform platform) {
        return flows.containsKey(Family.of(platform)) && flow(platform).refreshes();
    }

    @Override
    public URI authorizationUrl(Platform platform, String state, List<String> scopes, Option<String> codeChallenge) {
        return flow(platform).authorizationUrl(platform, state, scopes, codeChallenge);
    }

    @Override
    public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
        try {
            return flow(platform).exchange(platform, code, verifier);
        } catch (ListingRefused refused) {
            return Either.left(refused.refusal());
        }
    }

    @Override
    public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
        return flow(platform).refresh(platform, credentials);
    }

    private Flow flow(Platform platform) {
        Flow flow = flows.get(Family.of(platform));
        if (flow == null) {
            throw new IllegalStateException("no OAuth client for " + platform + ": set "
                    + String.join(", ", missingSettings(platform)));
        }
        return flow;
    }
}
