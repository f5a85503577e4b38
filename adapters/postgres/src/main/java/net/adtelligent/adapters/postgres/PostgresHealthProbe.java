package net.adtelligent.adapters.postgres;

import java.util.Objects;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import org.jdbi.v3.core.Jdbi;

/**
 * Asks the database one trivial question through the service pool, so it checks what requests
 * use: the address, the login and the application role. Bounded by the pool's connection timeout
 * and a short query timeout. A failure is thrown; the health service logs it and shows only "down".
 */
final class PostgresHealthProbe implements HealthProbe {

    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final Jdbi jdbi;

    PostgresHealthProbe(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public ComponentHealth probe() {
        // As cheap as "select 1", and the answer is worth showing.
        String version = jdbi.withHandle(handle -> handle
                .createQuery("select current_setting('server_version')")
                .setQueryTimeout(QUERY_TIMEOUT_SECONDS)
                .mapTo(String.class)
                .one());
        return new ComponentHealth(component(), true, "PostgreSQL " + version);
    }
}
