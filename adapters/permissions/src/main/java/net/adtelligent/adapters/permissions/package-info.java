/**
 * The permission catalogs (docs/permissions/*.yaml, shipped in this module's jar) read into the
 * domain's {@link net.adtelligent.domain.permission.PermissionCatalog}, every problem named by
 * file, line and field; and the review checklist shipped beside them.
 */
package net.adtelligent.adapters.permissions;
