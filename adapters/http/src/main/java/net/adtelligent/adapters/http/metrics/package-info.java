/**
 * What a tenant's ad facts say: the ad-performance facts of a period, combined metrics (kept
 * bodies, served with conditional GET), snapshots, and the conversion settings they are computed
 * with. The handlers are public for {@code Routes}.
 */
package net.adtelligent.adapters.http.metrics;
