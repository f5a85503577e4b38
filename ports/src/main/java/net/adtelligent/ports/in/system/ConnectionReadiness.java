package net.adtelligent.ports.in.system;

import io.vavr.control.Either;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Slug;
import java.util.List;

/**
 * Whether a tenant's connections are ready to sync, asked by an operator before going live: for
 * each connection that is neither deleted nor paused, whether its credentials open, whether its
 * token is still good, and whether every stream its connector feeds has a data contract. The core
 * does not read contract files, so the caller that loaded them says which streams have one.
 */
public interface ConnectionReadiness {

    /** One row per check per connection, in the connections' order (oldest first); none for a tenant without any. */
    Either<Rejection, List<Check>> check(Slug tenant, Set<String> streamsWithContracts);

    /** What is checked of each connection. */
    enum Kind {
        CREDENTIALS, TOKEN, CONTRACTS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param detail why it passed or failed, never a credential value */
    record Check(ConnectionId connection, Platform platform, String name, Kind kind, boolean passed, String detail) {

        public Check {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
