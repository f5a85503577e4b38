/**
 * The REST API on Javalin 7: one small handler per resource, RFC 9457 problem+json for every
 * failure, an X-Request-ID on every response, and a hand-written OpenAPI document that the tests
 * hold to what Javalin really serves. Only {@link net.adtelligent.adapters.http.HttpServer},
 * {@link net.adtelligent.adapters.http.HttpSettings} and
 * {@link net.adtelligent.adapters.http.HttpStartException} are public: bootstrap starts the server,
 * nothing else reaches in.
 */
package net.adtelligent.adapters.http;
