package net.adtelligent.adapters.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.adtelligent.adapters.http.alerts.AlertHandler;
import net.adtelligent.adapters.http.audit.AuditHandler;
import net.adtelligent.adapters.http.connections.AirbyteStateHandler;
import net.adtelligent.adapters.http.connections.ConnectionHandler;
import net.adtelligent.adapters.http.connections.ConnectorHandler;
import net.adtelligent.adapters.http.connections.OAuthHandler;
import net.adtelligent.adapters.http.identity.ConsoleSessionHandler;
import net.adtelligent.adapters.http.identity.InvitationHandler;
import net.adtelligent.adapters.http.identity.MemberHandler;
import net.adtelligent.adapters.http.identity.PasswordResetHandler;
import net.adtelligent.adapters.http.identity.Throttle;
import net.adtelligent.adapters.http.identity.TokenHandler;
import net.adtelligent.adapters.http.metrics.AdPerformanceHandler;
import net.adtelligent.adapters.http.metrics.CombinedMetricsHandler;
import net.adtelligent.adapters.http.metrics.ConversionSettingsHandler;
import net.adtelligent.adapters.http.metrics.SnapshotHandler;
import net.adtelligent.adapters.http.operations.AppMetricsHandler;
import net.adtelligent.adapters.http.operations.AirbyteHealthHandler;
import net.adtelligent.adapters.http.operations.DbtHealthHandler;
import net.adtelligent.adapters.http.operations.HealthHandler;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import net.adtelligent.adapters.http.operations.OpenApiHandler;
import net.adtelligent.adapters.http.operations.PermissionDriftHandler;
import net.adtelligent.adapters.http.syncs.SyncHandler;
import net.adtelligent.adapters.http.tenants.TenantCollectionHandler;
import net.adtelligent.adapters.http.tenants.TenantHandler;
import net.adtelligent.adapters.http.uploads.UploadBody;
import net.adtelligent.adapters.http.uploads.UploadHandler;
import net.adtelligent.adapters.http.uploads.UploadListHandler;
import net.adtelligent.adapters.http.web.BackgroundWork;
import net.adtelligent.adapters.http.webhooks.AirbyteWebhookHandler;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.permission.PermissionReview;
import net.adtelligent.ports.in.UserPorts;

/**
 * The one table of what the API serves and which routes are open without signing in. Javalin is
 * configured from it, and tests compare what Javalin then really serves, and which routes answer
 * without a token, with the OpenAPI document, so neither can gain a route or an open door alone.
 */
record Routes(List<Route> all) {

    /** open: served without an access token; every other route goes through {@link Authenticator}. */
    record Route(HandlerType method, String path, Handler handler, boolean open) {
    }

    static Routes of(UserPorts core, JsonBody body, UploadBody files, Throttle throttle, BackgroundWork background,
                     AppMetricsHandler appMetrics, Optional<PermissionReview> permissions) {
        var auth = new Authenticator(core.authentication());
        var scope = new TenantScope(core.accessControl());
        var tokens = new TokenHandler(core.authentication(), throttle, body);
        var console = new ConsoleSessionHandler(core.authentication(), throttle, body);
        var reset = new PasswordResetHandler(core.passwordReset(), throttle, background, body);
        var tenants = new TenantCollectionHandler(core.registerTenant(), core.findTenants(), body);
        var tenant = new TenantHandler(scope, core.changeTenant(), body);
        var members = new MemberHandler(scope, core.members(), body);
        var invitations = new InvitationHandler(scope, core.members(), throttle, body);
        var audit = new AuditHandler(scope, core.readAudit());
        var uploads = new UploadHandler(scope, core.csvUploads(), files, body);
        var uploadList = new UploadListHandler(scope, core.csvUploads());
        var conversions = new ConversionSettingsHandler(scope, core.conversionChoices(), body);
        var adPerformance = new AdPerformanceHandler(scope, core.readAdPerformance());
        var combined = new CombinedMetricsHandler(scope, core.combinedMetrics());
        var snapshots = new SnapshotHandler(scope, core.snapshots());
        var connectors = new ConnectorHandler(core.oauthConsent());
        var consent = new OAuthHandler(scope, core.oauthConsent(), body);
        var connections = new ConnectionHandler(scope, core.connections(), body);
        var syncs = new SyncHandler(scope, core.syncs());
        var alerts = new AlertHandler(scope, core.alerts());
        var health = new HealthHandler(core.checkHealth(), appMetrics::operator);
        var airbyteHealth = new AirbyteHealthHandler(core.airbyteState(), appMetrics.tokenConfigured(), appMetrics::operator);
        var dbtHealth = new DbtHealthHandler(core.dbtState(), appMetrics.tokenConfigured(), appMetrics::operator);
        var airbyteState = new AirbyteStateHandler(scope, core.airbyteState());
        var openApi = new OpenApiHandler(OpenApiDocument.load());
        var permissionDrift = new PermissionDriftHandler(permissions, appMetrics);
        var webhook = new AirbyteWebhookHandler(core.syncNotifications(), body);
        return new Routes(List.of(
                // Open to Airbyte, which cannot sign in: the use case checks the webhook secret or signature.
                // First: Javalin tries a method's routes in order, one regular expression each, and
                // deliveries come in bursts; no other route's path can match these.
                open(HandlerType.POST, AirbyteWebhookHandler.PATH, webhook::receive),
                open(HandlerType.POST, AirbyteWebhookHandler.PATH_WITH_SECRET, webhook::receive),
                open(HandlerType.POST, "/api/auth/login/", tokens::logIn),
                open(HandlerType.POST, "/api/token/", tokens::logIn),
                open(HandlerType.POST, "/api/token/refresh/", tokens::refresh),
                signedIn(auth, HandlerType.POST, "/api/auth/logout/", tokens::logOut),
                // The console's cookie session: open, since the cookie (with its CSRF header) is the credential.
                open(HandlerType.POST, ConsoleSessionHandler.PATH, console::signIn),
                open(HandlerType.POST, ConsoleSessionHandler.REFRESH_PATH, console::refresh),
                open(HandlerType.DELETE, ConsoleSessionHandler.PATH, console::signOut),
                open(HandlerType.POST, "/api/auth/password-reset/", reset::request),
                open(HandlerType.POST, "/api/auth/password-reset/confirm/", reset::confirm),
                open(HandlerType.POST, "/api/auth/invitations/accept/", invitations::accept),
                signedIn(auth, HandlerType.POST, "/api/tenants/", tenants::create),
                signedIn(auth, HandlerType.GET, "/api/tenants/", tenants::list),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/", tenant::show),
                signedIn(auth, HandlerType.PATCH, "/api/tenants/{slug}/", tenant::change),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/membership/", tenant::membership),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/members/", members::list),
                signedIn(auth, HandlerType.PATCH, "/api/tenants/{slug}/members/{user_id}/", members::changeRole),
                signedIn(auth, HandlerType.DELETE, "/api/tenants/{slug}/members/{user_id}/", members::remove),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/invitations/", invitations::invite),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/invitations/", invitations::list),
                signedIn(auth, HandlerType.DELETE, "/api/tenants/{slug}/invitations/{invitation_id}/", invitations::revoke),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/audit/", audit::search),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/uploads/csv/", uploads::upload),
                // Before the route of one upload: Javalin takes the first match, and "csv" would pass for an id.
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/uploads/csv/", uploadList::list),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/uploads/{upload_id}/", uploads::show),
                signedIn(auth, HandlerType.DELETE, "/api/tenants/{slug}/uploads/{upload_id}/", uploads::delete),
                signedIn(auth, HandlerType.PUT, "/api/tenants/{slug}/uploads/{upload_id}/mapping/", uploads::map),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/uploads/{upload_id}/commit/", uploads::commit),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/settings/conversions/", conversions::list),
                signedIn(auth, HandlerType.PUT, "/api/tenants/{slug}/settings/conversions/{setting}/", conversions::change),
                signedIn(auth, HandlerType.DELETE, "/api/tenants/{slug}/settings/conversions/{setting}/", conversions::reset),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/facts/ad-performance/", adPerformance::read),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/metrics/combined/", combined::combined),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/snapshots/", snapshots::history),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/snapshots/", snapshots::request),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/snapshots/latest/", snapshots::latest),
                signedIn(auth, HandlerType.GET, "/api/connectors/", connectors::list),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/connections/", connections::create),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/connections/", connections::list),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/connections/{connection_id}/", connections::show),
                signedIn(auth, HandlerType.PATCH, "/api/tenants/{slug}/connections/{connection_id}/", connections::change),
                signedIn(auth, HandlerType.DELETE, "/api/tenants/{slug}/connections/{connection_id}/", connections::delete),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/connections/{connection_id}/pause/", connections::pause),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/connections/{connection_id}/resume/", connections::resume),
                signedIn(auth, HandlerType.PUT, "/api/tenants/{slug}/connections/{connection_id}/credentials/",
                        connections::replaceCredentials),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/airbyte/", airbyteState::tenant),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/connections/oauth/{platform}/start/", consent::start),
                // Open: the browser comes back from the platform without the user's token; the state binds the user.
                new Route(HandlerType.GET, "/api/oauth/callback/{platform}/", auth.maybeSignedIn(consent::callBack), true),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/connections/oauth/grants/{grant_id}/", consent::pending),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/connections/oauth/grants/{grant_id}/pick/",
                        consent::pick),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/connections/{connection_id}/sync/", syncs::start),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/airbyte/telemetry/", syncs::telemetry),
                signedIn(auth, HandlerType.GET, "/api/tenants/{slug}/alerts/", alerts::list),
                signedIn(auth, HandlerType.POST, "/api/tenants/{slug}/alerts/{alert_id}/acknowledge/", alerts::acknowledge),
                open(HandlerType.GET, "/api/health/", health::check),
                open(HandlerType.GET, "/api/health/live/", health::live),
                open(HandlerType.GET, "/api/health/ready/", health::ready),
                // Operators only: behind the metrics token, checked by the handler (see AirbyteHealthHandler).
                open(HandlerType.GET, "/api/health/airbyte/", airbyteHealth::overview),
                open(HandlerType.GET, "/api/health/dbt/", dbtHealth::overview),
                open(HandlerType.GET, "/openapi.json", openApi::serve),
                // For operators: behind the metrics token rather than a user's sign-in (PermissionDriftHandler).
                open(HandlerType.GET, "/api/permissions/drift/", permissionDrift::check),
                // Operational, for a scraper, and kept out of the public OpenAPI document: not a user's
                // API, and behind a token of its own rather than a user's sign-in (see AppMetricsHandler).
                open(HandlerType.GET, AppMetricsHandler.PATH, appMetrics::serve)));
    }

    /**
     * The methods of the most specific routes that match a request path (the fewest path parameters),
     * HEAD with GET: what a 405 may list in Allow. Without it, /uploads/csv/ would also list the
     * methods of /uploads/{upload_id}/, which matches the word "csv" only as an id it then refuses.
     */
    Set<String> methodsServedAt(String path) {
        String[] asked = path.split("/", -1);
        int best = -1;
        Set<String> methods = new TreeSet<>();
        for (Route route : all) {
            int literal = literalMatch(route.path().split("/", -1), asked);
            if (literal > best) {
                best = literal;
                methods.clear();
            }
            if (literal >= 0 && literal == best) {
                methods.add(route.method().name());
                if (route.method() == HandlerType.GET) {
                    methods.add(HandlerType.HEAD.name());
                }
            }
        }
        return methods;
    }

    /** How many segments matched literally, or -1 when the pattern does not match at all. */
    private static int literalMatch(String[] pattern, String[] asked) {
        if (pattern.length != asked.length) {
            return -1;
        }
        int literal = 0;
        for (int i = 0; i < pattern.length; i++) {
            boolean parameter = pattern[i].startsWith("{") && pattern[i].endsWith("}");
            if (parameter ? asked[i].isEmpty() : !pattern[i].equals(asked[i])) {
                return -1;
            }
            literal += parameter ? 0 : 1;
        }
        return literal;
    }

    private static Route open(HandlerType method, String path, Handler handler) {
        return new Route(method, path, handler, true);
    }

    private static Route signedIn(Authenticator auth, HandlerType method, String path,
                                  Authenticator.SignedInHandler handler) {
        return new Route(method, path, auth.signedIn(handler), false);
    }
}
