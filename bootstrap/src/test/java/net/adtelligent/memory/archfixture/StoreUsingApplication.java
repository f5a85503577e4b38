package net.adtelligent.memory.archfixture;

import net.adtelligent.application.archfixture.ServiceUsingAllowedLibraries;

/** Deliberately bad: an in-memory store (a port implementation) calling into use-case implementations. */
public final class StoreUsingApplication {

    ServiceUsingAllowedLibraries service;
}
