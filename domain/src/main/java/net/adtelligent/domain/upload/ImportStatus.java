package net.adtelligent.domain.upload;

/** Where an import stands. Only a READY import can be committed; a committed one is final. */
public enum ImportStatus {
    /** Stored and its columns read; waiting for a mapping. */
    UPLOADED,
    /** Mapped, and at least one row cannot be stored: the report says which and why. */
    INVALID,
    /** Mapped, and every row would be stored: the preview shows how. */
    READY,
    /** Its rows are among the tenant's facts. */
    COMMITTED;

    public String wireName() {
        return name().toLowerCase();
    }
}
