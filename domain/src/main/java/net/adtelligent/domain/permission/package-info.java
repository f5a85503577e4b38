/**
 * What each platform's app asks its users to grant, as reviewed by the platform (Meta's App Review,
 * Google's OAuth verification, ...): the permission catalog, the scopes an OAuth consent requests,
 * and the check that the catalog, the connectors' scopes, the overrides in force and the review
 * checklist still agree.
 */
package net.adtelligent.domain.permission;
