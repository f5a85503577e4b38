package net.adtelligent.adapters.http.archfixture;

import net.adtelligent.adapters.postgres.archfixture.PostgresAdapterPart;

/** Deliberately bad: one adapter using another instead of a port. */
public final class HttpUsingPostgresAdapter {

    PostgresAdapterPart store = new PostgresAdapterPart();
}
