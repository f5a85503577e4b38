package net.adtelligent.bootstrap;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.HealthReport;

/** One-shot commands an operator runs against the configured (or embedded) database. */
public final class Operations {

    static final Duration READINESS_DEADLINE = Duration.ofSeconds(30);

    private Operations() {
    }

    /** `migrate`: answers where it migrated (never with credentials). */
    public static String migrate(Settings settings) {
        try (Database database = Database.openAndMigrate(settings)) {
            return "Database schema is up to date ("
                    + (database.isEmbedded() ? "embedded PostgreSQL in " + settings.dataDir() : "ADT_DATABASE_URL") + ").";
        }
    }

    /** Runs {@code work} with the core on the configured (or embedded) database, closed afterwards. */
    public static <T> T withCore(Settings settings, Function<Adtelligent, T> work) {
        try (Database database = Database.openAndMigrate(settings)) {
            return work.apply(Wiring.core(settings, database.postgres()));
        }
    }

    /**
     * As {@link #withCore}, with the database the core is built on beside it: for tools that measure
     * the core against the database's own work (adtelligent-bench).
     */
    public static <T> T withCoreAndDatabase(Settings settings, BiFunction<Adtelligent, PostgresDatabase, T> work) {
        try (Database database = Database.openAndMigrate(settings)) {
            return work.apply(Wiring.core(settings, database.postgres()), database.postgres());
        }
    }

    /**
     * `readiness`: every outside part's state (database, mail sender identity and DKIM, ...). An
     * operator at a terminal can wait longer for an answer than a load balancer can.
     */
    public static HealthReport readiness(Settings settings) {
        try (Database database = Database.openAndMigrate(settings)) {
            return Wiring.core(settings, database.postgres()).checkHealth().check(READINESS_DEADLINE);
        }
    }

    /** `users create`: the account (unless it exists) and its membership in the tenant. */
    public static String createUser(Settings settings, String email, String tenant, String role, String password) {
        Role parsed = Role.parse("--role", role).fold(
                violation -> {
                    throw new ConfigurationException("--role " + violation.reason());
                },
                valid -> valid);
        Actor operator = Actor.system("adtelligent users create");
        try (Database database = Database.openAndMigrate(settings)) {
            Adtelligent core = Wiring.core(settings, database.postgres());
            // Checked first, so a typo in --tenant leaves no account behind without a membership.
            if (core.tenantDirectory().bySlug(tenant).isEmpty()) {
                throw new ConfigurationException("--tenant: no tenant '" + tenant + "'");
            }
            User user = core.manageUsers().byEmail(email).getOrElse(() -> core.manageUsers()
                    .createUser(operator, email, password)
                    .getOrElseThrow(rejection -> new RefusedException("cannot create the user", rejection)));
            core.manageUsers().addMember(operator, tenant, user, parsed)
                    .getOrElseThrow(rejection -> new RefusedException("cannot add the member", rejection));
            return user.email() + " is " + parsed.wireName() + " of " + tenant + ".";
        }
    }
}
