/**
 * The unified facts: what every source is normalised into, one row per day and natural key.
 * Restated data (lookback re-syncs, the same file twice) replaces, never adds: the latest
 * extraction of a key wins ({@link net.adtelligent.domain.fact.DailyFact#replaces}).
 */
package net.adtelligent.domain.fact;
