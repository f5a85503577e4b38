package net.adtelligent.domain.sync;

import java.util.Objects;
import java.util.UUID;

/** One recorded sync of one connection. */
public record SyncRunId(UUID value) {

    public SyncRunId {
        Objects.requireNonNull(value, "value");
    }

    public static SyncRunId random() {
        return new SyncRunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
