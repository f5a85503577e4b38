/**
 * Envelope encryption of tenants' secrets behind the {@code SecretVault} port: {@link
 * net.adtelligent.adapters.kms.EnvelopeVault} seals with a data key per tenant and purpose, which a
 * {@link net.adtelligent.adapters.kms.KeyService} wraps with its master key: AWS KMS in production,
 * a local keyring file as the embedded default.
 */
package net.adtelligent.adapters.kms;
