package net.adtelligent.domain.permission;

import java.util.Locale;

/** How the catalog and what is asked for in practice came apart; the lower-case names are the wire names. */
public enum DriftKind {
    /** A connector asks for a scope the catalog does not mark required_now (unknown, optional or never to be asked). */
    CODE_NOT_IN_CATALOG,
    /** The catalog marks a scope required_now that the product's connector does not ask for. */
    CATALOG_NOT_IN_CODE,
    /** An override asks for a scope the catalog does not mark required_now. */
    OVERRIDE_ADDS,
    /** An override leaves out a scope the catalog marks required_now. */
    OVERRIDE_DROPS,
    /** The review checklist is not what the catalog makes of it. */
    CHECKLIST_STALE,
    /** There is no review checklist at all. */
    CHECKLIST_MISSING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
