package net.adtelligent.domain.sync;

import java.util.Locale;

/** What started a sync: a person, Adtelligent's schedule, or Airbyte's own (found by the poller). */
public enum SyncTrigger {
    MANUAL, SCHEDULE, AIRBYTE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
