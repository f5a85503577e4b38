package net.adtelligent.application.archfixture;

import net.adtelligent.adapters.postgres.archfixture.PostgresAdapterPart;

/** Deliberately bad: a use case bound to an adapter instead of an outbound port. */
public final class ServiceUsingPostgresAdapter {

    PostgresAdapterPart store = new PostgresAdapterPart();
}
