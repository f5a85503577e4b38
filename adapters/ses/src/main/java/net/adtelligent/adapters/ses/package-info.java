/**
 * Outgoing mail through AWS SES v2 behind the {@code Mailer} port:
 * {@link net.adtelligent.adapters.ses.SesMailer}, failing with
 * {@link net.adtelligent.adapters.ses.MailDeliveryException}. The outbox folder of the embedded
 * default lives in the {@code adtelligent-outbox} module, which needs no AWS SDK.
 */
package net.adtelligent.adapters.ses;
