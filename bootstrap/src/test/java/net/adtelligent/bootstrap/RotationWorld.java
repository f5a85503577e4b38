package net.adtelligent.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import net.adtelligent.adapters.kms.KeyService;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.cli.Main;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SecretVault;

/**
 * Three tenants with three connections each, sealed by the service as configured, in a database of
 * their own; and what a rotation test looks at: the plain credentials, the key versions, the tables.
 */
final class RotationWorld {

    static final List<String> SLUGS = List.of("alpha", "bravo", "charlie");
    static final int PER_TENANT = 3;
    private static final Actor TEST = Actor.system("rotation test");

    final PostgresSettings database;
    final Map<String, String> env;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    RotationWorld(Path data, Map<String, String> more) {
        database = EmbeddedPostgresFixture.freshDatabase();
        Map<String, String> all = new HashMap<>(more);
        all.put("ADT_DATA_DIR", data.toString());
        all.put("ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user());
        env = Map.copyOf(all);
        Operations.withCore(settings(), core -> {
            for (String slug : SLUGS) {
                core.registerTenant().register(TEST, new TenantDraft(slug, "Tenant " + slug, "EUR", "Europe/Berlin")).get();
                for (int i = 0; i < PER_TENANT; i++) {
                    core.connections().create(TEST, slug(slug), new ConnectionDraft("META_ADS", "10000" + i,
                            Option.none(), Option.none(), Map.of("access_token", token(slug, i)), Option.none())).get();
                }
            }
            return null;
        });
    }

    Settings settings() {
        return Settings.from(env);
    }

    /** Obviously fake, and each one different. */
    static String token(String slug, int i) {
        return "EAAfakeRotationToken" + slug + i + "x".repeat(12);
    }

    static net.adtelligent.domain.tenant.Slug slug(String text) {
        return new net.adtelligent.domain.tenant.Slug(text);
    }

    int cli(String... args) {
        return Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Every tenant's credentials as they open with a fresh vault (no cache) on the given key service. */
    Map<String, List<String>> plaintexts(KeyService keys) {
        return withDatabase(db -> {
            SecretVault vault = new net.adtelligent.adapters.kms.EnvelopeVault(keys, db.dataKeyStore(),
                    net.adtelligent.adapters.kms.CacheLimits.DEFAULT);
            Map<String, List<String>> found = new TreeMap<>();
            for (String slug : SLUGS) {
                TenantId tenant = tenant(db, slug);
                List<String> texts = new ArrayList<>();
                for (ConnectionStore.Sealed one : db.connectionStore().sealedForUpdate(tenant)) {
                    texts.add(vault.open(tenant, SecretPurpose.CONNECTION_CREDENTIALS, one.secret())
                            .map(bytes -> new String(bytes, UTF_8)).getOrElseGet(failure -> "does not open: " + failure));
                }
                found.put(slug, texts.stream().sorted().toList());
            }
            return found;
        });
    }

    /** What every credential must open to. */
    static Map<String, List<String>> expected() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String slug : SLUGS) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < PER_TENANT; i++) {
                texts.add("{\"access_token\":\"" + token(slug, i) + "\"}");
            }
            all.put(slug, texts.stream().sorted().toList());
        }
        return all;
    }

    /** Per tenant: its current data key version, then the version each credential is sealed with. */
    Map<String, List<Integer>> versions() {
        return withDatabase(db -> {
            Map<String, List<Integer>> found = new TreeMap<>();
            for (String slug : SLUGS) {
                TenantId tenant = tenant(db, slug);
                List<Integer> versions = new ArrayList<>();
                versions.add(db.dataKeyStore().current(tenant, SecretPurpose.CONNECTION_CREDENTIALS).get().version());
                db.connectionStore().sealedForUpdate(tenant).forEach(one -> versions.add(one.secret().dataKeyVersion()));
                found.put(slug, versions);
            }
            return found;
        });
    }

    /** The rows of connections and data_keys as text, read past row-level security (the superuser). */
    String tables() throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            for (String table : List.of("connections", "data_keys")) {
                try (ResultSet rows = connection.createStatement().executeQuery(
                        "select t::text from " + table + " as t order by t::text")) {
                    while (rows.next()) {
                        text.append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** The core on this database with parts of its own (a key service, stores that fail). */
    Adtelligent core(PostgresDatabase db, SecretVault vault, ConnectionStore connections, Path uploads) {
        var s = db.stores();
        return Adtelligent.builder()
                .stores(new net.adtelligent.ports.out.Stores(s.tenants(), s.users(), s.memberships(), s.refreshTokens(),
                        s.oneTimeTokens(), s.invitations(), s.auditLog(), s.loginAttempts(), connections, s.syncRuns()))
                .facts(db.factStores())
                .unitOfWork(db.unitOfWork())
                .ingestion(net.adtelligent.contracts.csv.ContractIngestion.with(
                        new net.adtelligent.contracts.csv.DirectoryUploadStorage(uploads), 1_000_000))
                .secretVault(vault)
                .build();
    }

    <T> T withDatabase(Function<PostgresDatabase, T> work) {
        try (PostgresDatabase db = PostgresDatabase.open(database)) {
            return work.apply(db);
        }
    }

    static TenantId tenant(PostgresDatabase db, String slug) {
        return db.tenantStore().bySlug(slug(slug)).get().id();
    }
}
