/**
 * Connector data contracts, one per source stream: expected schema, primary key and the mapping
 * onto the unified model. Not built yet: contracts arrive with the data-contracts capability.
 */
package net.adtelligent.contracts;
