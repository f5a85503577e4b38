/** dbt's target folder (run_results.json, sources.json) read behind the core's {@code DbtArtifacts} port. */
package net.adtelligent.adapters.dbt;
