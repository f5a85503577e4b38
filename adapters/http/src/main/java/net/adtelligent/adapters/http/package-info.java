/**
 * The REST API on Javalin 7: one small handler per resource, bearer-token sign-in on every route
 * the {@link net.adtelligent.adapters.http.Routes} table does not mark open, RFC 9457 problem+json
 * for every failure, an X-Request-ID on every response, throttled sign-in endpoints, CORS for an
 * allowlist of origins, and a hand-written OpenAPI document that the tests hold to what Javalin
 * really serves. Only {@link net.adtelligent.adapters.http.HttpServer},
 * {@link net.adtelligent.adapters.http.HttpSettings}, {@link net.adtelligent.adapters.http.Throttling},
 * {@link net.adtelligent.adapters.http.MetricsEndpoint} and
 * {@link net.adtelligent.adapters.http.HttpStartException} are public: bootstrap starts the server,
 * nothing else reaches in.
 */
package net.adtelligent.adapters.http;
