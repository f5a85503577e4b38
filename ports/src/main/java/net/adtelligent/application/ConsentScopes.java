package net.adtelligent.application;

import java.util.List;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.Scope;
import net.adtelligent.domain.fact.Platform;

/**
 * The scopes a consent asks for, and that a connection needs: the one place that decides, so the
 * source (today the connector catalog) can change without touching the flow.
 */
final class ConsentScopes {

    private ConsentScopes() {
    }

    static List<String> requested(Platform platform) {
        return ConnectorCatalog.of(platform).scopes().stream().map(Scope::name).toList();
    }
}
