package net.adtelligent.contracts.archfixture;

import net.adtelligent.adapters.kms.archfixture.KmsAdapterPart;

/** Deliberately bad: contracts stands like an adapter, so it may not use one either. */
public final class ContractsUsingKmsAdapter {

    KmsAdapterPart cipher = new KmsAdapterPart();
}
