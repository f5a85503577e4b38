/**
 * Outgoing mail into a folder behind the {@code Mailer} port: {@link net.adtelligent.adapters.outbox.OutboxMailer}
 * writes each mail as one .eml file and fails with {@link net.adtelligent.adapters.outbox.OutboxException}.
 * Plain Java only, so an embedding service gets mail it can read without any cloud SDK.
 */
package net.adtelligent.adapters.outbox;
