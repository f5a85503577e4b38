/**
 * System ports: calls made by the process itself or by its operator, with no user's access check
 * (scheduled work, the CLI, start-up, demo data, an embedding service's own jobs). Only trusted
 * code holds them; the HTTP adapter gets the user ports alone ({@code UserPorts}), and an
 * architecture rule keeps it from ever depending on this package.
 */
package net.adtelligent.ports.in.system;
