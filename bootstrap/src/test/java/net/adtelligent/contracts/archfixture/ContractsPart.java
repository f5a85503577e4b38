package net.adtelligent.contracts.archfixture;

/** A harmless class of contracts, for other fixtures to depend on wrongly. */
public final class ContractsPart {
}
