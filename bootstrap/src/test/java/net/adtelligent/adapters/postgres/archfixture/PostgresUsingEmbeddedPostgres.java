package net.adtelligent.adapters.postgres.archfixture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Deliberately bad: the postgres adapter's main code starting its own server; only bootstrap does. */
public final class PostgresUsingEmbeddedPostgres {

    EmbeddedPostgres server;
}
