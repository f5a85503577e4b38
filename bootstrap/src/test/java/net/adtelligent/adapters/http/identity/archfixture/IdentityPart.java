package net.adtelligent.adapters.http.identity.archfixture;

/** A harmless class of the HTTP adapter's identity feature, for other fixtures to depend on wrongly. */
public final class IdentityPart {
}
