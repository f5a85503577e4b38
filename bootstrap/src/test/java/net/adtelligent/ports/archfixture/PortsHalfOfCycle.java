package net.adtelligent.ports.archfixture;

import net.adtelligent.application.archfixture.ApplicationHalfOfCycle;

/** Deliberately bad, with {@link ApplicationHalfOfCycle}: ports and application depending on each other. */
public final class PortsHalfOfCycle {

    ApplicationHalfOfCycle other;
}
