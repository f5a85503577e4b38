/**
 * Alerts with a lifecycle: an episode opens when a rule's condition holds for a subject (a
 * connection, or the whole tenant), stays open (or acknowledged) while it holds, and resolves when
 * it clears. The rules over sync runs and the policy that keeps a flapping subject quiet live here.
 */
package net.adtelligent.domain.alert;
