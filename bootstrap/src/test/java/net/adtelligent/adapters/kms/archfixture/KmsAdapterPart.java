package net.adtelligent.adapters.kms.archfixture;

/** A harmless class of the kms adapter, for other fixtures to depend on wrongly. */
public final class KmsAdapterPart {
}
