/**
 * Connector data contracts, one per source stream: the schema records must meet, primary key,
 * cursor, lookback and time zone, and the mapping onto the unified facts. Contracts are data
 * files ({@code net/adtelligent/contracts/streams/*.json}, format in docs/contracts.md); this
 * package reads and checks them ({@link net.adtelligent.contracts.Contracts}) into a typed model
 * a normaliser can interpret.
 */
package net.adtelligent.contracts;
