/**
 * Envelope encryption of connector credentials behind the {@code SecretCipher} port: AWS KMS in
 * production, a local keyring file as the embedded default. Not built yet: connections and their
 * credentials arrive with a later capability.
 */
package net.adtelligent.adapters.kms;
