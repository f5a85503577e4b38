package net.adtelligent.application;

import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.Scope;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.permission.RequestedScopes;

/**
 * The scopes a consent asks for, and that a connection needs: the permission catalogs' required_now
 * (with any ADT_OAUTH_<PLATFORM>_SCOPES override) where the installation has them, else the
 * connector catalog's scopes (an embedding that keeps no catalog). The one place that decides.
 */
final class ConsentScopes {

    private final Option<RequestedScopes> catalog;

    ConsentScopes(Option<RequestedScopes> catalog) {
        this.catalog = catalog;
    }

    List<String> requested(Platform platform) {
        return catalog.map(scopes -> scopes.scopesToRequest(platform, Set.of()))
                .getOrElse(() -> ConnectorCatalog.of(platform).scopes().stream().map(Scope::name).toList());
    }
}
