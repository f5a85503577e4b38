package net.adtelligent.adapters.http.archfixture;

import net.adtelligent.adapters.postgres.archfixture.PostgresHalfOfCycle;

/** Deliberately bad, with {@link PostgresHalfOfCycle}: two adapters depending on each other. */
public final class HttpHalfOfCycle {

    PostgresHalfOfCycle other;
}
