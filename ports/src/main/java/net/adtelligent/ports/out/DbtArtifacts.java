package net.adtelligent.ports.out;

import net.adtelligent.domain.dbt.DbtTarget;

/**
 * What the dbt project's last invocations left behind (its target folder's run_results.json and
 * sources.json), read again on each call: dbt rewrites them after every invocation.
 */
public interface DbtArtifacts {

    /**
     * The folder as it is now. Never throws: a file that is missing is "no run yet", one that cannot
     * be read or is not dbt's is a left with the reason, naming the file and never its contents.
     */
    DbtTarget read();
}
