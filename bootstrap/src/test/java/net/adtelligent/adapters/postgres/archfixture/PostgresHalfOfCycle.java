package net.adtelligent.adapters.postgres.archfixture;

import net.adtelligent.adapters.http.archfixture.HttpHalfOfCycle;

/** Deliberately bad, with {@link HttpHalfOfCycle}: two adapters depending on each other. */
public final class PostgresHalfOfCycle {

    HttpHalfOfCycle other;
}
