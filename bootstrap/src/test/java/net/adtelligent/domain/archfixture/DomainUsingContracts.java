package net.adtelligent.domain.archfixture;

import net.adtelligent.contracts.archfixture.ContractsPart;

/** Deliberately bad: the domain depending on contracts, which only bootstrap may see. */
public final class DomainUsingContracts {

    ContractsPart contract = new ContractsPart();
}
