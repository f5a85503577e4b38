package net.adtelligent.domain.identity;

import java.util.Locale;

public enum UserStatus {
    ACTIVE,
    DISABLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
