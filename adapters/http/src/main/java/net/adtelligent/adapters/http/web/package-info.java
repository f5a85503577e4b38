/**
 * The web core every feature of the REST API shares: RFC 9457 problems and the mapping of
 * rejections to them, JSON bodies read within a limit and written, the fields of a body, paging,
 * conditional GET with strong ETags and gzip, streamed and whole bodies, request ids, the client a
 * request comes from, the tenant a route acts in, and work a response must not wait for. It knows no
 * feature and not the root package; its classes are public for the features and the root.
 */
package net.adtelligent.adapters.http.web;
