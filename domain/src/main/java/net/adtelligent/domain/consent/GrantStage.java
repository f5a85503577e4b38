package net.adtelligent.domain.consent;

/** Where a consent is: each stage is entered once, in this order, so a state or a grant is spent once. */
public enum GrantStage {
    /** Sent to the platform; its state waits for the callback. */
    STARTED,
    /** The callback came back: the state is spent, the code is being exchanged. */
    CALLED_BACK,
    /** Tokens sealed and the accounts listed: waiting for the user to pick one. */
    GRANTED,
    /** Ended: a connection was made, or the platform refused. */
    DONE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
