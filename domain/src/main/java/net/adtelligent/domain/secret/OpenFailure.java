package net.adtelligent.domain.secret;

/** Why a sealed secret did not open. Each is final for that value: retrying will not help. */
public enum OpenFailure {
    /** The key service does not know the master key the data key was wrapped with. */
    UNKNOWN_KEY,
    /** Authentication failed: the bytes were changed, or they belong to another tenant or purpose. */
    NOT_AUTHENTIC,
    /** Sealed with an algorithm this version does not read. */
    UNSUPPORTED_ALGORITHM
}
