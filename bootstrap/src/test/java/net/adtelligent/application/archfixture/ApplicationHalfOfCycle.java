package net.adtelligent.application.archfixture;

import net.adtelligent.ports.archfixture.PortsHalfOfCycle;

/** Deliberately bad, with {@link PortsHalfOfCycle}: ports and application depending on each other. */
public final class ApplicationHalfOfCycle {

    PortsHalfOfCycle other;
}
