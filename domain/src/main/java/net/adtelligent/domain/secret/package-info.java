/**
 * Secrets kept for a tenant (a platform's tokens), as they are stored: sealed by envelope
 * encryption, never in plain text.
 */
package net.adtelligent.domain.secret;
