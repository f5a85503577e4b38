package net.adtelligent.bootstrap;

/** The `migrate` command: open the configured or embedded database, migrate, close. */
public final class Migration {

    private Migration() {
    }

    /** Answers where it migrated, for the operator's message (never with credentials). */
    public static String run(Settings settings) {
        try (Database database = Database.openAndMigrate(settings)) {
            return database.isEmbedded() ? "embedded PostgreSQL in " + settings.dataDir() : "ADT_DATABASE_URL";
        }
    }
}
