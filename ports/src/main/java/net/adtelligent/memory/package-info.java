/**
 * In-memory implementations of the outbound ports: for embedding without a database and as fast
 * fakes in tests. Each passes the same contract test as its Postgres sibling.
 */
package net.adtelligent.memory;
