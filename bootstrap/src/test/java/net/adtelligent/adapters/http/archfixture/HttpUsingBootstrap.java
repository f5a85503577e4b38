package net.adtelligent.adapters.http.archfixture;

import net.adtelligent.bootstrap.archfixture.BootstrapPart;

/** Deliberately bad: an adapter reaching back into the wiring that builds it. */
public final class HttpUsingBootstrap {

    BootstrapPart settings;
}
