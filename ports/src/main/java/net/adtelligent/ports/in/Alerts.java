package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.tenant.Slug;

/** A tenant's alerts: every member reads them; admins and owners acknowledge them (audited). */
public interface Alerts {

    /** Newest opened first; {@code query.state()} as typed (open, acknowledged, resolved), checked here. */
    Either<Rejection, Page<Listed>> list(Actor actor, Slug tenant, Query query);

    /** Says someone is on it; an acknowledged alert stays so, a resolved one is refused. */
    Either<Rejection, Listed> acknowledge(Actor actor, Slug tenant, long alertId);

    /** An alert with the name of the connection it is about, where it is about one that exists. */
    record Listed(AlertEpisode episode, Option<String> connectionName) {
        public Listed {
            Objects.requireNonNull(episode, "episode");
            Objects.requireNonNull(connectionName, "connectionName");
        }
    }

    /** Which alerts: in a state (none: every state), and which page. */
    record Query(Option<String> state, PageQuery page) {
        public Query {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(page, "page");
        }

        public static Query defaults() {
            return new Query(Option.none(), PageQuery.defaults());
        }

        public Query withState(String wanted) {
            return new Query(Option.of(wanted), page);
        }
    }
}
