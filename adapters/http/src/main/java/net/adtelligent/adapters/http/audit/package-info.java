/**
 * A tenant's audit log, searched in pages of JSON or exported as CSV. The handler is public for
 * {@code Routes}.
 */
package net.adtelligent.adapters.http.audit;
