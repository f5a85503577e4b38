package net.adtelligent.domain.alert;

import io.vavr.control.Option;
import java.util.Locale;

/** Where an alert's episode stands. The lower-case names are the wire names (HTTP, database). */
public enum AlertState {
    /** The condition holds and nobody has said they are on it. */
    OPEN,
    /** The condition still holds; an admin or owner has said they are on it. */
    ACKNOWLEDGED,
    /** The condition cleared; the episode is over. */
    RESOLVED;

    public boolean ongoing() {
        return this != RESOLVED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Option<AlertState> fromWire(String text) {
        for (AlertState state : values()) {
            if (state.wireName().equals(text)) {
                return Option.of(state);
            }
        }
        return Option.none();
    }
}
