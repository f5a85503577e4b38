/**
 * Outgoing mail behind the {@code Mailer} port: AWS SES v2 in production, an outbox folder of
 * .eml files as the embedded default. Not built yet: mail arrives with identity and access.
 */
package net.adtelligent.adapters.ses;
