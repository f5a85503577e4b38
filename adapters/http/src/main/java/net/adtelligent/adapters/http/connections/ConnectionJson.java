package net.adtelligent.adapters.http.connections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.CredentialField;
import net.adtelligent.domain.connection.Schedule;
import net.adtelligent.ports.in.Connections.View;

/**
 * A connection as the API shows it: each credential field set or not, with its fingerprint, never
 * a value; the token's end and whether it is near ({@code ok}, {@code expiring} within 7 days,
 * {@code expired}); null where there is nothing (no schedule, no known token end, not yet in Airbyte).
 */
record ConnectionJson(UUID id, String platform, String externalAccountId, String name, String schedule, String status,
                      CredentialsJson credentials, TokenJson token, AirbyteJson airbyte, Instant createdAt,
                      Instant updatedAt) {

    /** state: readable, unreadable (give them again), none. */
    record CredentialsJson(String state, List<FieldJson> fields) {
    }

    record FieldJson(String name, boolean secret, boolean set, String fingerprint) {
    }

    record TokenJson(Instant expiresAt, String state) {
    }

    /** provisioningError: what Airbyte answered when setting the connection up last failed; null when it did not. */
    record AirbyteJson(String sourceId, String connectionId, String provisioningError) {
    }

    static ConnectionJson of(View view) {
        List<FieldJson> fields = new ArrayList<>();
        view.credentialFields().forEach((name, print) -> fields.add(new FieldJson(name, secret(view, name),
                print.isDefined(), print.getOrNull())));
        return new ConnectionJson(view.id().value(), view.platform().name(), view.externalAccountId(), view.name(),
                view.schedule().map(Schedule::text).getOrNull(), view.status().wireName(),
                new CredentialsJson(view.credentials().wireName(), fields),
                view.tokenExpiresAt().map(end -> new TokenJson(end, view.tokenState().get().wireName())).getOrNull(),
                new AirbyteJson(view.airbyteSourceId().getOrNull(), view.airbyteConnectionId().getOrNull(),
                        view.provisioningError().getOrNull()),
                view.createdAt(), view.updatedAt());
    }

    private static boolean secret(View view, String field) {
        return ConnectorCatalog.of(view.platform()).credentialMethods().stream()
                .flatMap(method -> method.fields().stream())
                .filter(known -> known.name().equals(field))
                .anyMatch(CredentialField::secret);
    }
}
