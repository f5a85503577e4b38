package net.adtelligent.adapters.oauth;

import net.adtelligent.ports.out.OAuthPlatforms.Refusal;

/** The platform refused to list the accounts a fresh token sees (an app not approved, a missing permission). */
final class ListingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    ListingRefused(Refusal refusal) {
        super(refusal.error(), null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
