/**
 * The routes for operating the service rather than using it: health, the OpenAPI document
 * (openapi.json, beside {@link net.adtelligent.adapters.http.operations.OpenApiDocument}) and the app
 * metrics for a scraper, on the API's port or on the listener of
 * {@link net.adtelligent.adapters.http.MetricsServer}. Public for {@code Routes}, {@code HttpApp}
 * and {@code MetricsServer}.
 */
package net.adtelligent.adapters.http.operations;
