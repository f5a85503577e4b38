package net.adtelligent.application.archfixture;

import com.google.inject.Inject;

/** Deliberately bad: a dependency set by a container behind the constructor's back. */
public final class ServiceWithFieldInjection {

    @Inject
    Object store;
}
