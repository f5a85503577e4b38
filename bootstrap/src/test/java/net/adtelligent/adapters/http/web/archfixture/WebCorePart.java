package net.adtelligent.adapters.http.web.archfixture;

/** A harmless class of the HTTP adapter's web core, which every feature may use. */
public final class WebCorePart {
}
