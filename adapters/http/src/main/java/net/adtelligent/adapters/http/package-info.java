/**
 * The REST API on Javalin 7: one small handler per resource, bearer-token sign-in on every route
 * the {@link net.adtelligent.adapters.http.Routes} table does not mark open, RFC 9457 problem+json
 * for every failure, an X-Request-ID on every response, throttled sign-in endpoints, CORS for an
 * allowlist of origins, and a hand-written OpenAPI document that the tests hold to what Javalin
 * really serves.
 *
 * <p>This package holds the entry points and the assembly: {@code HttpApp} configures Javalin,
 * {@code Routes} is the one index of every route, and the filters (sign-in, CORS, access log,
 * request telemetry, Jetty's own errors) stay package-private here. The handlers live in feature
 * packages ({@code identity}, {@code tenants}, {@code uploads}, {@code metrics}, {@code audit},
 * {@code operations}) around the shared web core ({@code web}); features meet only in the web core
 * and here, which the architecture tests check.
 *
 * <p>Only {@link net.adtelligent.adapters.http.HttpServer},
 * {@link net.adtelligent.adapters.http.HttpSettings}, {@link net.adtelligent.adapters.http.Throttling},
 * {@link net.adtelligent.adapters.http.MetricsEndpoint}, {@link net.adtelligent.adapters.http.MetricsServer}
 * and {@link net.adtelligent.adapters.http.HttpStartException} are meant for outside the adapter:
 * bootstrap starts the servers. The public classes of the sub-packages are public for this package
 * alone, nothing else reaches in.
 */
package net.adtelligent.adapters.http;
