/**
 * What the dbt project's last invocations left in its target folder (run_results.json,
 * sources.json), read into plain values, and the rules an operator's view and alerts apply to it.
 */
package net.adtelligent.domain.dbt;
