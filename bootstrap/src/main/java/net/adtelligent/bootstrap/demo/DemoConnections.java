package net.adtelligent.bootstrap.demo;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.RejectionText;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.TokenState;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections.View;
import net.adtelligent.ports.in.PageQuery;

/**
 * The demo tenant's one connection per platform, with credentials that are obviously not real
 * (they pass each connector's format and open nothing anywhere). A platform that has a connection
 * already (one recorded for facts of an earlier start) keeps it, so its facts keep their connection.
 */
public final class DemoConnections {

    private static final Actor DEMO = Actor.system("serve --demo");
    private static final String SERVICE_ACCOUNT = "{\"type\": \"service_account\", \"client_email\": \"demo@example.invalid\","
            + " \"note\": \"not a real service account\"}";
    private static final Map<Platform, Map<String, String>> FAKE = Map.of(
            Platform.META_ADS, Map.of("access_token", "EAAdemoNotARealTokenDemoNotARealToken"),
            Platform.GOOGLE_ADS, Map.of("developer_token", "demo_not_a_real_token_",
                    "client_id", "123456789012-demo.apps.googleusercontent.com",
                    "client_secret", "demo-not-a-real-client-secret", "refresh_token", "demo-not-a-real-refresh-token"),
            Platform.MICROSOFT_ADS, Map.of("developer_token", "DemoNotARealToken",
                    "client_id", "00000000-0000-0000-0000-00000000d3e0", "client_secret", "demo-not-a-real-client-secret",
                    "refresh_token", "demo-not-a-real-refresh-token", "tenant_id", "common"),
            Platform.LINKEDIN_ADS, Map.of("access_token", "demo-not-a-real-linkedin-token"),
            Platform.TIKTOK_ADS, Map.of("access_token", "DemoNotARealTikTokToken"),
            Platform.GA4, Map.of("credentials_json", SERVICE_ACCOUNT),
            Platform.SEARCH_CONSOLE, Map.of("service_account_info", SERVICE_ACCOUNT),
            Platform.CSV, Map.of());
    private static final Map<Platform, String> ACCOUNTS = Map.of(Platform.META_ADS, "1000000001",
            Platform.GOOGLE_ADS, "1000000002", Platform.MICROSOFT_ADS, "1000000003", Platform.LINKEDIN_ADS, "1000000004",
            Platform.TIKTOK_ADS, "1000000005", Platform.GA4, "1000000006", Platform.SEARCH_CONSOLE, "sc-domain:example.com",
            Platform.CSV, "Demo shop export");

    private DemoConnections() {
    }

    /**
     * The connection of each platform, created where the tenant has none; on every start the Meta
     * one needs a new consent (as after the platform refused its token) and the LinkedIn one has a
     * token ending within days, so the console shows both states.
     */
    public static Map<Platform, ConnectionId> ensure(Adtelligent core, Tenant tenant, Clock clock) {
        Map<Platform, ConnectionId> found = ensure(core, tenant);
        core.tokenUpkeep().requireReauth(tenant.id(), found.get(Platform.META_ADS),
                "the platform refused the token (demo data: start a consent to renew it)");
        ConnectionId linkedIn = found.get(Platform.LINKEDIN_ADS);
        boolean expiring = core.connections().get(DEMO, tenant.slug(), linkedIn)
                .map(view -> view.tokenState().contains(TokenState.EXPIRING)).getOrElse(false);
        if (!expiring) {
            core.connections().replaceCredentials(DEMO, tenant.slug(), linkedIn, FAKE.get(Platform.LINKEDIN_ADS),
                            Option.of(clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS).toString()))
                    .getOrElseThrow(rejection -> new IllegalStateException("demo credentials refused: "
                            + RejectionText.of(rejection)));
        }
        return found;
    }

    /** The connection of each platform, created where the tenant has none. */
    public static Map<Platform, ConnectionId> ensure(Adtelligent core, Tenant tenant) {
        Map<Platform, ConnectionId> found = new EnumMap<>(Platform.class);
        Option<String> cursor = Option.none();
        do {
            var page = core.connections().list(DEMO, tenant.slug(), new PageQuery(cursor, PageQuery.MAX_LIMIT))
                    .getOrElseThrow(rejection -> new IllegalStateException("demo connections unreadable: "
                            + RejectionText.of(rejection)));
            page.items().forEach(view -> found.putIfAbsent(view.platform(), view.id()));
            cursor = page.nextCursor();
        } while (cursor.isDefined());
        for (Platform platform : Platform.values()) {
            if (!found.containsKey(platform)) {
                View created = core.connections().create(DEMO, tenant.slug(), new ConnectionDraft(platform.name(),
                                ACCOUNTS.get(platform), Option.none(), Option.none(), FAKE.get(platform), Option.none()))
                        .getOrElseThrow(rejection -> new IllegalStateException("demo connection refused: "
                                + RejectionText.of(rejection)));
                found.put(platform, created.id());
            }
        }
        return found;
    }
}
