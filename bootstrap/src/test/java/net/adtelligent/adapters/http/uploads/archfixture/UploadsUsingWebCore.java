package net.adtelligent.adapters.http.uploads.archfixture;

import net.adtelligent.adapters.http.web.archfixture.WebCorePart;

/** Harmless: a feature of the HTTP adapter using the shared web core, as every feature does. */
public final class UploadsUsingWebCore {

    WebCorePart problems = new WebCorePart();
}
