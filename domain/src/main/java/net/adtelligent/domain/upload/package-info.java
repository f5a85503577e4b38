/**
 * A user's own CSV export on its way into the unified ad facts: the upload, how its columns map,
 * what every row would become, and the commit.
 */
package net.adtelligent.domain.upload;
