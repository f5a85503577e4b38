package net.adtelligent.adapters.http.uploads.archfixture;

import net.adtelligent.adapters.http.identity.archfixture.IdentityPart;

/** Deliberately bad: one feature of the HTTP adapter reaching into another instead of the web core. */
public final class UploadsUsingIdentity {

    IdentityPart throttle = new IdentityPart();
}
