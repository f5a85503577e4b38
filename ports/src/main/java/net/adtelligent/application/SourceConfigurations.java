package net.adtelligent.application;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.PlainCredentials;
import net.adtelligent.ports.out.AirbyteProvisioning.SourceDraft;

/**
 * A connection's Airbyte source: the connector definition of its platform and the configuration
 * its spec asks for, built from the connection's account and opened credentials. Field names are
 * the connectors' own (the pinned versions of .ci/connectors.txt): our credential fields already
 * carry them, so only where a spec nests them or wants a list does this map. The configuration
 * holds secrets: it goes to Airbyte and nowhere else.
 */
final class SourceConfigurations {

    /** Fields whose values Airbyte masks in its answers (and we never compare or show). */
    static final java.util.Set<String> SECRET_FIELDS = java.util.Set.of("access_token", "developer_token",
            "client_secret", "refresh_token", "credentials_json", "service_account_info", "secret");

    private static final Pattern CLIENT_EMAIL = Pattern.compile("\"client_email\"\\s*:\\s*\"([^\"]{1,320})\"");

    private SourceConfigurations() {
    }

    /** The source to create or update; Left: why this connection cannot have one (no Airbyte call is made). */
    static Either<String, SourceDraft> of(Connection connection, PlainCredentials credentials, String name) {
        Map<String, String> f = credentials.fields();
        String account = connection.externalAccountId();
        Map<String, Object> config = new LinkedHashMap<>();
        switch (connection.platform()) {
            case META_ADS -> {
                config.put("sourceType", "facebook-marketing");
                config.put("account_ids", List.of(account));
                config.put("credentials", map("auth_type", "Service", "access_token", f.get("access_token")));
                return Either.right(new SourceDraft(name, "e7778cfc-e97c-4458-9ecb-b4f2bba8946c", config));
            }
            case GOOGLE_ADS -> {
                config.put("sourceType", "google-ads");
                config.put("customer_id", account);
                config.put("credentials", map("developer_token", f.get("developer_token"), "client_id",
                        f.get("client_id"), "client_secret", f.get("client_secret"), "refresh_token", f.get("refresh_token")));
                return Either.right(new SourceDraft(name, "253487c0-2246-43ba-a21f-5116b20a2c50", config));
            }
            case MICROSOFT_ADS -> {
                config.put("sourceType", "bing-ads");
                config.put("auth_method", "oauth2.0");
                config.put("tenant_id", f.get("tenant_id"));
                config.put("client_id", f.get("client_id"));
                config.put("client_secret", f.get("client_secret"));
                config.put("refresh_token", f.get("refresh_token"));
                config.put("developer_token", f.get("developer_token"));
                return Either.right(new SourceDraft(name, "47f25999-dd5e-4636-8c39-e7cea2453331", config));
            }
            case LINKEDIN_ADS -> {
                config.put("sourceType", "linkedin-ads");
                config.put("account_ids", List.of(Long.parseLong(account)));
                // The connector requires a first day; a year before the connection was made.
                config.put("start_date", LocalDate.ofInstant(connection.createdAt(), ZoneOffset.UTC).minusYears(1).toString());
                config.put("credentials", f.containsKey("access_token")
                        ? map("auth_method", "access_token", "access_token", f.get("access_token"))
                        : map("auth_method", "oAuth2.0", "client_id", f.get("client_id"), "client_secret",
                        f.get("client_secret"), "refresh_token", f.get("refresh_token")));
                return Either.right(new SourceDraft(name, "137ece28-5434-455c-8f34-69dc3782f451", config));
            }
            case TIKTOK_ADS -> {
                if (!f.containsKey("app_id")) {
                    return Either.left("TikTok's Airbyte connector asks for the app's app_id and secret with the access"
                            + " token: replace this connection's credentials with all three, or connect it again through"
                            + " TikTok's consent, which keeps them");
                }
                config.put("sourceType", "tiktok-marketing");
                config.put("credentials", map("auth_type", "oauth2.0", "app_id", f.get("app_id"), "secret", f.get("secret"),
                        "access_token", f.get("access_token"), "advertiser_id", account));
                // As LinkedIn's: without a first day the connector reads everything there is.
                config.put("start_date", LocalDate.ofInstant(connection.createdAt(), ZoneOffset.UTC).minusYears(1).toString());
                return Either.right(new SourceDraft(name, "4bfac00d-ce15-44ff-95b9-9e3c3e8fbd35", config));
            }
            case GA4 -> {
                config.put("sourceType", "google-analytics-data-api");
                config.put("property_ids", List.of(account));
                config.put("credentials", f.containsKey("credentials_json")
                        ? map("auth_type", "Service", "credentials_json", f.get("credentials_json"))
                        : google(f));
                return Either.right(new SourceDraft(name, "3cc2eafd-84aa-4dca-93af-322d9dfeec1a", config));
            }
            case SEARCH_CONSOLE -> {
                config.put("sourceType", "google-search-console");
                config.put("site_urls", List.of(account));
                if (f.containsKey("service_account_info")) {
                    Matcher email = CLIENT_EMAIL.matcher(f.get("service_account_info"));
                    if (!email.find()) {
                        return Either.left("the service account key has no client_email, which Search Console's"
                                + " Airbyte connector needs");
                    }
                    config.put("authorization", map("auth_type", "Service", "service_account_info",
                            f.get("service_account_info"), "email", email.group(1)));
                } else {
                    config.put("authorization", google(f));
                }
                return Either.right(new SourceDraft(name, "eb4c9e00-db83-4d63-a386-39cfa91012a8", config));
            }
            default -> {
                return Either.left(connection.platform() + " connections are not synced through Airbyte");
            }
        }
    }

    /**
     * Whether the connection is set up in Airbyte at all: not a CSV source, and with credentials (the
     * records kept for facts from before connections existed have none until someone gives them).
     */
    static boolean synced(Connection connection) {
        return connection.platform() != net.adtelligent.domain.fact.Platform.CSV && connection.credentials().isDefined();
    }

    private static Map<String, Object> google(Map<String, String> f) {
        return map("auth_type", "Client", "client_id", f.get("client_id"), "client_secret", f.get("client_secret"),
                "refresh_token", f.get("refresh_token"));
    }

    private static Map<String, Object> map(String... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
