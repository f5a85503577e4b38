package net.adtelligent.ports.in;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import net.adtelligent.domain.dbt.DbtRunRules;
import net.adtelligent.domain.dbt.DbtTarget;

/** How the dbt project's runs stand, for an operator: the last run, its failed nodes, each source's freshness. */
public interface DbtState {

    /**
     * The installation's view, with no access check: only for a caller the adapter has recognised
     * as an operator (the metrics token). Never throws.
     */
    Overview overview();

    /**
     * @param state      none when dbt's target folder is not configured (not an error: dbt is optional)
     * @param detail     one line: the state and since when
     * @param staleAfter how old the last run may be before it is stale
     * @param target     what the folder holds; none when not configured
     */
    record Overview(Option<DbtRunRules.State> state, String detail, Duration staleAfter, Option<DbtTarget> target) {

        public Overview {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(staleAfter, "staleAfter");
            Objects.requireNonNull(target, "target");
        }

        public boolean configured() {
            return state.isDefined();
        }
    }
}
