package net.adtelligent.adapters.kms;

import net.adtelligent.ports.out.OutsidePartUnavailableException;

/**
 * The key service could not be reached, timed out, or refused to work (throttled, the master key
 * disabled, access denied): nothing was sealed or opened. Over HTTP a 503 naming "key service".
 */
public final class KeyServiceUnavailableException extends OutsidePartUnavailableException {

    private static final long serialVersionUID = 1L;

    /** The component name, as the vault's health probe names it. */
    public static final String COMPONENT = "key service";

    public KeyServiceUnavailableException(String message, Throwable cause) {
        super(COMPONENT, message, cause);
    }
}
