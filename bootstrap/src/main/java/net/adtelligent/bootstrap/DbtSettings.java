package net.adtelligent.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import net.adtelligent.adapters.postgres.FactsSource;
import net.adtelligent.domain.dbt.DbtRunRules;

/**
 * ADT_FACTS_SOURCE with ADT_DBT_SCHEMA (where the metrics read the unified facts: the
 * application's tables or dbt's marts), and ADT_DBT_TARGET_DIR with ADT_DBT_STALE_AFTER (dbt's
 * target folder, watched for failed and late runs). Unset, dbt is off: not an error.
 */
public record DbtSettings(FactsSource factsSource, Optional<Path> targetDir, Duration staleAfter) {

    static final DbtSettings OFF = new DbtSettings(FactsSource.application(), Optional.empty(),
            DbtRunRules.DEFAULT_STALE_AFTER);

    /** What reads from the marts means for the write side, in one line for the CLI's refusals. */
    public static final String INGEST_REFUSED = "ADT_FACTS_SOURCE=dbt: the metrics read dbt's marts, built by the"
            + " dbt project from Airbyte's tables; facts ingested here would land in the application's tables and"
            + " never be read. Run dbt instead, or unset ADT_FACTS_SOURCE";

    enum Source { APPLICATION, DBT }

    static DbtSettings from(Env env) {
        Source source = env.choice("ADT_FACTS_SOURCE", Source.class, Source.APPLICATION);
        Optional<String> schema = env.optional("ADT_DBT_SCHEMA");
        schema.filter(name -> !FactsSource.plainIdentifier(name)).ifPresent(name -> {
            throw new ConfigurationException("ADT_DBT_SCHEMA='" + name + "' must be a plain identifier: letters,"
                    + " digits and _, not starting with a digit, at most 63 characters");
        });
        if (source == Source.DBT && schema.isEmpty()) {
            throw new ConfigurationException("ADT_FACTS_SOURCE=dbt needs ADT_DBT_SCHEMA: the schema the dbt project"
                    + " writes its marts to");
        }
        return new DbtSettings(source == Source.DBT ? FactsSource.dbt(schema.get()) : FactsSource.application(),
                env.optional("ADT_DBT_TARGET_DIR").map(Path::of), env.duration("ADT_DBT_STALE_AFTER",
                        DbtRunRules.DEFAULT_STALE_AFTER));
    }

    public boolean factsFromDbt() {
        return factsSource.dbtSchema().isPresent();
    }

    /** For readiness and logs: where the facts come from, and whether dbt's runs are watched. */
    @Override
    public String toString() {
        return "facts from " + factsSource.dbtSchema().map(schema -> "dbt marts in schema " + schema)
                .orElse("the application's tables") + "; " + targetDir.map(dir -> "dbt target " + dir)
                .orElse("dbt runs not watched");
    }
}
