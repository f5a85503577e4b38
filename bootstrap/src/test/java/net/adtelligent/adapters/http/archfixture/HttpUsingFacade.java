package net.adtelligent.adapters.http.archfixture;

import net.adtelligent.application.Adtelligent;

/** Deliberately bad: a user-facing adapter holding the whole facade, system ports included. */
public final class HttpUsingFacade {

    Adtelligent core;
}
