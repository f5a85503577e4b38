package net.adtelligent.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.adtelligent.adapters.airbyte.AirbyteConfig;
import net.adtelligent.adapters.airbyte.AirbyteCredentials;
import net.adtelligent.adapters.airbyte.ResiliencePolicy;
import net.adtelligent.application.SyncScheduling;
import net.adtelligent.application.WebhookSettings;

/**
 * Where Airbyte is: ADT_AIRBYTE_URL (its public API, https://api.airbyte.com/v1 for Cloud or
 * {@code <host>/api/public/v1} self-managed), signed in with ADT_AIRBYTE_CLIENT_ID and
 * ADT_AIRBYTE_CLIENT_SECRET (an application's client credentials) or ADT_AIRBYTE_TOKEN (a fixed
 * bearer token), in workspace ADT_AIRBYTE_WORKSPACE_ID, loading into the warehouse destination
 * ADT_AIRBYTE_DESTINATION_ID. Without ADT_AIRBYTE_URL Airbyte is off.
 *
 * <p>Its webhook (notifications of finished syncs) stands apart: ADT_AIRBYTE_WEBHOOK_SECRET (several,
 * comma-separated, while one is rotated), ADT_AIRBYTE_WEBHOOK_SIGNING_SECRET (Standard Webhooks
 * {@code whsec_} secrets of a signing relay in front) and ADT_AIRBYTE_WEBHOOK_REQUIRE_SIGNATURE;
 * ADT_AIRBYTE_WEBHOOK_RETENTION (ISO-8601, default 30 days) is how long recorded deliveries are kept.
 * Without a secret the webhook answers 404. ADT_SYNC_SCHEDULER says whose schedules start syncs:
 * {@code airbyte} (the default: each Airbyte connection's own) or {@code adtelligent} (each
 * connection's schedule here, started by the sync poll).
 */
public record AirbyteSettings(Optional<AirbyteConfig> config, SyncScheduling scheduling, WebhookSettings webhook) {

    public static final AirbyteSettings OFF = new AirbyteSettings(Optional.empty(), SyncScheduling.AIRBYTE,
            WebhookSettings.OFF);

    public static final String NOT_CONFIGURED = "Airbyte not configured: set ADT_AIRBYTE_URL, ADT_AIRBYTE_CLIENT_ID and "
            + "ADT_AIRBYTE_CLIENT_SECRET (or ADT_AIRBYTE_TOKEN), ADT_AIRBYTE_WORKSPACE_ID and ADT_AIRBYTE_DESTINATION_ID";
    private static final List<String> OTHERS = List.of("ADT_AIRBYTE_CLIENT_ID", "ADT_AIRBYTE_CLIENT_SECRET",
            "ADT_AIRBYTE_TOKEN", "ADT_AIRBYTE_WORKSPACE_ID", "ADT_AIRBYTE_DESTINATION_ID");

    static AirbyteSettings from(Env env) {
        SyncScheduling scheduling = env.choice("ADT_SYNC_SCHEDULER", SyncScheduling.class, SyncScheduling.AIRBYTE);
        Optional<String> url = env.optional("ADT_AIRBYTE_URL");
        if (url.isEmpty()) {
            OTHERS.stream().filter(name -> env.optional(name).isPresent()).findFirst().ifPresent(name -> {
                throw new ConfigurationException(name + " is set but ADT_AIRBYTE_URL is not: set it too, or unset " + name);
            });
            return new AirbyteSettings(Optional.empty(), scheduling, webhook(env));
        }
        return new AirbyteSettings(Optional.of(new AirbyteConfig(apiUrl(url.get()), credentials(env),
                id(env, "ADT_AIRBYTE_WORKSPACE_ID"), id(env, "ADT_AIRBYTE_DESTINATION_ID"), ResiliencePolicy.DEFAULT)),
                scheduling, webhook(env));
    }

    public AirbyteSettings withWebhook(WebhookSettings settings) {
        return new AirbyteSettings(config, scheduling, settings);
    }

    private static WebhookSettings webhook(Env env) {
        String required = env.text("ADT_AIRBYTE_WEBHOOK_REQUIRE_SIGNATURE", "false");
        if (!required.equals("true") && !required.equals("false")) {
            throw new ConfigurationException("ADT_AIRBYTE_WEBHOOK_REQUIRE_SIGNATURE='" + required + "' must be true or false");
        }
        try {
            return new WebhookSettings(env.list("ADT_AIRBYTE_WEBHOOK_SECRET"), env.list("ADT_AIRBYTE_WEBHOOK_SIGNING_SECRET"),
                    Boolean.parseBoolean(required), WebhookSettings.DEFAULT_TOLERANCE)
                    .withRetention(env.duration("ADT_AIRBYTE_WEBHOOK_RETENTION", WebhookSettings.DEFAULT_RETENTION));
        } catch (IllegalArgumentException bad) {
            // The message names the rule, never the value: it is a secret.
            throw new ConfigurationException("ADT_AIRBYTE_WEBHOOK_SECRET, ADT_AIRBYTE_WEBHOOK_SIGNING_SECRET or "
                    + "ADT_AIRBYTE_WEBHOOK_REQUIRE_SIGNATURE: " + bad.getMessage());
        }
    }

    public boolean configured() {
        return config.isPresent();
    }

    /** The configuration, for what needs Airbyte; while it is off, the refusal that says what to set. */
    public AirbyteConfig require() {
        return config.orElseThrow(() -> new ConfigurationException(NOT_CONFIGURED));
    }

    private static URI apiUrl(String text) {
        try {
            URI uri = new URI(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException bad) {
            // falls through to the message below
        }
        throw new ConfigurationException("ADT_AIRBYTE_URL='" + text + "' must be an http(s) URL without query or user, "
                + "e.g. https://api.airbyte.com/v1 or http://airbyte.internal:8000/api/public/v1");
    }

    private static AirbyteCredentials credentials(Env env) {
        Optional<String> id = env.optional("ADT_AIRBYTE_CLIENT_ID");
        Optional<String> secret = env.optional("ADT_AIRBYTE_CLIENT_SECRET");
        Optional<String> token = env.optional("ADT_AIRBYTE_TOKEN");
        if (id.isPresent() != secret.isPresent()) {
            throw new ConfigurationException("ADT_AIRBYTE_CLIENT_ID and ADT_AIRBYTE_CLIENT_SECRET go together: set both or neither");
        }
        if (id.isPresent() == token.isPresent()) {
            throw new ConfigurationException("ADT_AIRBYTE_URL needs either ADT_AIRBYTE_CLIENT_ID with ADT_AIRBYTE_CLIENT_SECRET, "
                    + "or ADT_AIRBYTE_TOKEN (one of the two, not both)");
        }
        return token.<AirbyteCredentials>map(AirbyteCredentials.StaticToken::new)
                .orElseGet(() -> new AirbyteCredentials.ClientCredentials(id.get(), secret.get()));
    }

    private static String id(Env env, String name) {
        String value = env.optional(name).orElseThrow(() -> new ConfigurationException(
                "ADT_AIRBYTE_URL needs " + name + " (an Airbyte id, a UUID)"));
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException(name + "='" + value + "' is not an Airbyte id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return config.map(airbyte -> "AirbyteSettings[" + airbyte.apiUrl() + ", " + airbyte.credentials()
                + ", workspace " + airbyte.workspaceId() + ", schedules " + scheduling + ", " + webhook + "]")
                .orElse("AirbyteSettings[off, " + webhook + "]");
    }
}
