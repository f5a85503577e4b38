package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.PlainCredentials;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.ports.out.AirbyteProvisioning;
import net.adtelligent.ports.out.AirbyteProvisioning.AirbyteConnection;
import net.adtelligent.ports.out.AirbyteProvisioning.AirbyteSource;
import net.adtelligent.ports.out.AirbyteProvisioning.ConnectionDraft;
import net.adtelligent.ports.out.AirbyteProvisioning.SourceDraft;
import net.adtelligent.ports.out.AirbyteProvisioning.StreamChoice;
import net.adtelligent.ports.out.AirbyteRejectedException;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.ports.out.SecretVault;

/**
 * Brings one connection's Airbyte source and connection to what the connection says, reading what
 * Airbyte has first: missing ones are created, different ones changed, those of a deleted connection
 * deleted. The request path and reconcile share it, so both repair the same way. A failure part way
 * keeps the ids of what exists, so the next attempt finds and repairs it, and says what exists.
 * Credentials are opened only for the source's call and never leave it.
 */
final class AirbyteProvisioner {

    /** What was (or, in a dry run, would be) done, the connection afterwards, and what failed. */
    record Outcome(Connection after, List<String> actions, Option<String> failure, boolean toStore) {

        /** Whether the connection learnt something to store: ids, a failure, or a failure repaired. */
        boolean changed() {
            return toStore;
        }
    }

    private final AirbyteProvisioning airbyte;
    private final Function<Platform, List<StreamChoice>> streams;
    private final SecretVault vault;

    AirbyteProvisioner(AirbyteProvisioning airbyte, Function<Platform, List<StreamChoice>> streams, SecretVault vault) {
        this.airbyte = airbyte;
        this.streams = streams;
        this.vault = vault;
    }

    /**
     * @param credentialsChanged the source is sent its configuration even when what Airbyte shows
     *                           matches, since Airbyte masks the secrets a rotation changes
     */
    Outcome converge(Connection connection, boolean credentialsChanged, boolean dryRun, Instant now) {
        Progress progress = new Progress(connection, dryRun);
        try {
            if (connection.isDeleted()) {
                progress.removeAll();
            } else if (SourceConfigurations.synced(connection)) {
                progress.provision(credentialsChanged);
            }
        } catch (Refusal refusal) {
            return progress.failed(refusal.getMessage(), now);
        } catch (AirbyteRejectedException rejected) {
            return progress.failed("Airbyte refused " + progress.step + " (" + rejected.status() + "): "
                    + rejected.getMessage(), now);
        } catch (OutsidePartUnavailableException unavailable) {
            return progress.failed(unavailable.component() + " unavailable while " + progress.step + ": "
                    + unavailable.getMessage(), now);
        }
        return progress.done(now);
    }

    /** The state of one convergence: the ids known so far and what was done. */
    private final class Progress {

        final Connection connection;
        final boolean dryRun;
        final List<String> actions = new ArrayList<>();
        Option<String> sourceId;
        Option<String> connectionId;
        String step = "reading the source";

        Progress(Connection connection, boolean dryRun) {
            this.connection = connection;
            this.dryRun = dryRun;
            this.sourceId = connection.airbyteSourceId();
            this.connectionId = connection.airbyteConnectionId();
        }

        void removeAll() {
            if (connectionId.isDefined()) {
                step = "deleting the connection";
                act("delete connection", () -> airbyte.deleteConnection(connectionId.get()));
                connectionId = dryRun ? connectionId : Option.none();
            }
            if (sourceId.isDefined()) {
                step = "deleting the source";
                act("delete source", () -> airbyte.deleteSource(sourceId.get()));
                sourceId = dryRun ? sourceId : Option.none();
            }
        }

        void provision(boolean credentialsChanged) {
            SourceDraft draft = sourceDraft();
            Optional<AirbyteSource> source = sourceId.isDefined() ? airbyte.source(sourceId.get()) : Optional.empty();
            if (source.isEmpty()) {
                step = "creating the source";
                actions.add("create source");
                if (!dryRun) {
                    sourceId = Option.of(airbyte.createSource(draft).sourceId());
                }
            } else if (credentialsChanged || !draft.name().equals(source.get().name())
                    || ConfigurationDrift.differs(draft.configuration(), source.get().configuration())) {
                step = "updating the source";
                act("update source", () -> airbyte.updateSource(sourceId.get(), draft));
            }
            step = "reading the connection";
            ConnectionDraft wanted = connectionDraft(sourceId.getOrElse("(new source)"));
            Optional<AirbyteConnection> current = connectionId.isDefined()
                    ? airbyte.connection(connectionId.get()) : Optional.empty();
            if (current.isPresent() && !sourceId.contains(current.get().sourceId())) {
                step = "deleting the connection of a former source";
                act("delete connection of a former source", () -> airbyte.deleteConnection(connectionId.get()));
                current = Optional.empty();
            }
            if (current.isEmpty()) {
                step = "creating the connection";
                actions.add("create connection");
                if (!dryRun) {
                    connectionId = Option.of(airbyte.createConnection(wanted).connectionId());
                }
            } else if (differs(wanted, current.get())) {
                step = "updating the connection";
                act("update connection", () -> airbyte.updateConnection(connectionId.get(), wanted));
            }
        }

        private SourceDraft sourceDraft() {
            byte[] json = vault.open(connection.tenant(), SecretPurpose.CONNECTION_CREDENTIALS,
                    connection.credentials().get()).getOrElseThrow(failure -> new Refusal(
                    "the credentials do not open (" + failure + "): give them again"));
            try {
                PlainCredentials plain = PlainCredentials.opened(connection.platform(), json);
                return SourceConfigurations.of(connection, plain, AirbyteNaming.name(connection))
                        .getOrElseThrow(Refusal::new);
            } finally {
                Arrays.fill(json, (byte) 0);
            }
        }

        private ConnectionDraft connectionDraft(String source) {
            Either<String, Optional<String>> cron = AirbyteSchedules.cron(connection.schedule());
            return new ConnectionDraft(AirbyteNaming.name(connection), source, cron.getOrElseThrow(Refusal::new),
                    connection.syncsInAirbyte(), Optional.of(AirbyteNaming.namespace(connection.tenant())),
                    Optional.of(AirbyteNaming.prefix(connection.id())), streams.apply(connection.platform()));
        }

        private boolean differs(ConnectionDraft wanted, AirbyteConnection current) {
            return !wanted.name().equals(current.name()) || wanted.active() != current.active()
                    || !wanted.cron().equals(current.cron()) || !wanted.namespace().equals(current.namespace())
                    || !wanted.prefix().equals(current.prefix())
                    || !wanted.streams().isEmpty() && !new HashSet<>(wanted.streams()).equals(new HashSet<>(current.streams()));
        }

        private void act(String action, Runnable call) {
            actions.add(action);
            if (!dryRun) {
                call.run();
            }
        }

        Outcome failed(String reason, Instant now) {
            String message = reason + "; " + exists();
            Connection after = dryRun ? connection
                    : connection.provisioningFailed(sourceId, connectionId, truncated(message), now);
            return new Outcome(after, List.copyOf(actions), Option.of(truncated(message)), !dryRun);
        }

        Outcome done(Instant now) {
            boolean same = actions.isEmpty() && connection.provisioningError().isEmpty();
            Connection after = dryRun || same ? connection : connection.provisioned(sourceId, connectionId, now);
            return new Outcome(after, List.copyOf(actions), Option.none(), !dryRun && !same);
        }

        private String exists() {
            if (sourceId.isEmpty() && connectionId.isEmpty()) {
                return "nothing of it exists in Airbyte";
            }
            return "in Airbyte: " + sourceId.map(id -> "source " + id).getOrElse("no source") + ", "
                    + connectionId.map(id -> "connection " + id).getOrElse("no connection");
        }
    }

    private static String truncated(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }

    /** A reason this connection cannot be set up that is ours, not Airbyte's; nothing is called. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether the fields we send that are not secret differ from what Airbyte shows. */
    static final class ConfigurationDrift {

        private ConfigurationDrift() {
        }

        static boolean differs(Map<String, Object> wanted, Map<String, Object> shown) {
            for (Map.Entry<String, Object> field : wanted.entrySet()) {
                if (SourceConfigurations.SECRET_FIELDS.contains(field.getKey())) {
                    continue;
                }
                Object there = shown.get(field.getKey());
                if (field.getValue() instanceof Map<?, ?> nested) {
                    if (!(there instanceof Map<?, ?> shownNested) || differs(cast(nested), cast(shownNested))) {
                        return true;
                    }
                } else if (!String.valueOf(field.getValue()).equals(String.valueOf(there))) {
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> cast(Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
    }
}
