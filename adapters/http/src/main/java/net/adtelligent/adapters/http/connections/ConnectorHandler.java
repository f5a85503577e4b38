package net.adtelligent.adapters.http.connections;

import io.javalin.http.Context;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.OAuthConsent;

/**
 * /api/connectors/: what each platform's connector needs and delivers, for any signed-in user, and
 * whether this installation offers its consent screen (or which settings it lacks).
 */
public final class ConnectorHandler {

    private final OAuthConsent consent;

    public ConnectorHandler(OAuthConsent consent) {
        this.consent = consent;
    }

    public void list(Context ctx, Actor actor) {
        // One page: one connector per platform, a fixed handful.
        Json.write(ctx, 200, new PageJson<>(ConnectorCatalog.all().stream()
                .map(connector -> ConnectorJson.of(connector, consent.missingSettings(connector.platform()))).toList(),
                null));
    }
}
