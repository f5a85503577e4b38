/**
 * The platforms' OAuth consent screens and token endpoints over the JDK's HttpClient: one flow per
 * platform family (Meta, Google, Microsoft, LinkedIn, TikTok) behind {@code OAuthPlatforms}.
 */
package net.adtelligent.adapters.oauth;
