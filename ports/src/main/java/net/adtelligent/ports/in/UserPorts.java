package net.adtelligent.ports.in;

import java.util.Objects;

/**
 * The use cases a user reaches, each checked against the actor's memberships (or, before signing
 * in, needing no actor: logging in, a password reset, accepting an invitation, health, Airbyte's
 * webhook with its secret). What a
 * user-facing adapter such as HTTP gets instead of the whole facade, so it cannot reach a system
 * port ({@code net.adtelligent.ports.in.system}).
 */
public record UserPorts(Authentication authentication, PasswordReset passwordReset, AccessControl accessControl,
                        RegisterTenant registerTenant, FindTenants findTenants, ChangeTenant changeTenant,
                        Members members, ReadAudit readAudit, CsvUploads csvUploads, IngestFacts ingestFacts,
                        ConversionChoices conversionChoices, ReadAdPerformance readAdPerformance,
                        CombinedMetrics combinedMetrics, Snapshots snapshots, CheckHealth checkHealth,
                        Connections connections, AirbyteState airbyteState, OAuthConsent oauthConsent,
                        Syncs syncs, Alerts alerts, SyncNotifications syncNotifications, DbtState dbtState) {

    public UserPorts {
        Objects.requireNonNull(airbyteState, "airbyteState");
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(passwordReset, "passwordReset");
        Objects.requireNonNull(accessControl, "accessControl");
        Objects.requireNonNull(registerTenant, "registerTenant");
        Objects.requireNonNull(findTenants, "findTenants");
        Objects.requireNonNull(changeTenant, "changeTenant");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(readAudit, "readAudit");
        Objects.requireNonNull(csvUploads, "csvUploads");
        Objects.requireNonNull(ingestFacts, "ingestFacts");
        Objects.requireNonNull(conversionChoices, "conversionChoices");
        Objects.requireNonNull(readAdPerformance, "readAdPerformance");
        Objects.requireNonNull(combinedMetrics, "combinedMetrics");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(checkHealth, "checkHealth");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(oauthConsent, "oauthConsent");
        Objects.requireNonNull(syncs, "syncs");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(syncNotifications, "syncNotifications");
        Objects.requireNonNull(dbtState, "dbtState");
    }
}
