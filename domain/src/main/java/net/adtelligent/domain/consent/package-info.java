/** OAuth consent: a grant from its state through the platform's answer to the account picked. */
package net.adtelligent.domain.consent;
