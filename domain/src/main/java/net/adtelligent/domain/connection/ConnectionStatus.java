package net.adtelligent.domain.connection;

import io.vavr.control.Option;

/** Where a connection stands. The lower-case names are the wire names (HTTP, CLI, database). */
public enum ConnectionStatus {
    /** Synced on its schedule. */
    ACTIVE,
    /** Kept, not synced, until resumed. */
    PAUSED,
    /** The platform no longer accepts its credentials: a person must replace them. */
    REAUTH_REQUIRED,
    /** Its last sync failed for another reason. */
    ERROR,
    /** Gone for the tenant; its facts stay, marked as from a deleted connection. */
    DELETED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Option<ConnectionStatus> fromWire(String text) {
        for (ConnectionStatus status : values()) {
            if (status.wireName().equals(text)) {
                return Option.of(status);
            }
        }
        return Option.none();
    }
}
