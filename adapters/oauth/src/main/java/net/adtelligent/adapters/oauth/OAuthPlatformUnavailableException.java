package net.adtelligent.adapters.oauth;

import net.adtelligent.ports.out.OutsidePartUnavailableException;

/**
 * A platform's OAuth or account endpoint could not be asked: unreachable, too slow, answering 5xx
 * or 429 after the retries, or answering what its documentation does not describe. The message names
 * the platform and the endpoint's path, never a query, a code or a token.
 */
public final class OAuthPlatformUnavailableException extends OutsidePartUnavailableException {

    private static final long serialVersionUID = 1L;

    OAuthPlatformUnavailableException(Family family, String message, Throwable cause) {
        super(family.component(), message, cause);
    }
}
