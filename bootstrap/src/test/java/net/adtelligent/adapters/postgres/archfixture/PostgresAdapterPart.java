package net.adtelligent.adapters.postgres.archfixture;

/** A harmless class of the postgres adapter, for other fixtures to depend on wrongly. */
public final class PostgresAdapterPart {
}
