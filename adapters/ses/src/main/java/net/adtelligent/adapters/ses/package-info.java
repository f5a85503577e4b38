/**
 * Outgoing mail behind the {@code Mailer} port: {@link net.adtelligent.adapters.ses.SesMailer}
 * (AWS SES v2) in production, {@link net.adtelligent.adapters.ses.OutboxMailer} (a folder of .eml
 * files) as the embedded default. Both fail with
 * {@link net.adtelligent.adapters.ses.MailDeliveryException}.
 */
package net.adtelligent.adapters.ses;
