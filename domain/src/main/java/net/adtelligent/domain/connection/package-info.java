/**
 * A tenant's connections to its accounts on the platforms (Meta, Google Ads, ..., GA4, Search
 * Console, its own CSV exports), and the catalog of what each platform's connector needs and
 * delivers. Credentials are held only sealed ({@link net.adtelligent.domain.secret.SealedSecret}).
 */
package net.adtelligent.domain.connection;
