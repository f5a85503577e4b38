package net.adtelligent.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import net.adtelligent.adapters.postgres.AirbyteLanding;
import net.adtelligent.bench.AirbyteTableFile;
import net.adtelligent.bench.DbtRun;
import net.adtelligent.bench.InsightsFile;
import net.adtelligent.bench.NormaliseIngest;
import net.adtelligent.bench.OwnerDatabase;
import net.adtelligent.bench.SnapshotFacts;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.cli.Progress;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.Tenant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "dbt",
        mixinStandardHelpOptions = true,
        description = {"The two engines of one contract on the same PostgreSQL, in one run: --rows Airbyte records of "
                + "meta_ads.ads_insights (every one a new day and ad), loaded untimed as Airbyte's table of a new tenant's "
                + "connection, then timed (a) through the Java normaliser and the core's ingest into the application's "
                + "facts, as `adtelligent contracts normalize --ingest` stores them, and (b) `dbt build` of the staging "
                + "and fact models of ad performance on that table; prints both times, their ratio, and where each "
                + "spends its time (Java: clocks around normalising and storing; dbt: run_results.json per node).",
            "dbt comes from the pinned tool chain of dbt/requirements.txt in ~/.cache/adtelligent/dbt-<digest>; "
                + "missing, the command names the pip install and stops. It leaves the tenant, its facts and the marts "
                + "in schema bench_dbt_...: run it on a scratch ADT_DATA_DIR."},
        footer = {"", "Example, from the repository's root, on a scratch data folder:",
            "  ADT_DATA_DIR=/tmp/adt-bench adtelligent-bench dbt --rows 1000000"})
final class BenchDbtCommand implements Callable<Integer> {

    private static final String STREAM = "meta_ads.ads_insights";
    private static final String FACT_MODEL = "fct_ad_performance_daily";

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N",
            description = "Airbyte records, each a new day × ad of 2,000 ads (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--dbt-project", defaultValue = "dbt", paramLabel = "DIR",
            description = "The dbt project (default: ${DEFAULT-VALUE}, relative to the working directory).")
    Path project;

    @Override
    public Integer call() throws IOException {
        if (rows < 1) {
            throw new ConfigurationException("--rows must be positive");
        }
        DbtRun dbt = DbtRun.locate(project);
        StreamContract stream = Contracts.load().stream(STREAM).orElseThrow();
        Settings settings = ((BenchCommand) spec.root().userObject()).settings();
        Path work = Files.createDirectories(settings.dataDir().resolve("bench-dbt-" + Long.toString(System.nanoTime(), 36)));
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        try {
            out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
            new BenchReport(out, rows).machine();
            out.printf("dbt: %s%n", dbt.describe());
            Path messages = work.resolve("ads_insights.jsonl");
            long started = System.nanoTime();
            InsightsFile.Written written = InsightsFile.write(messages, InsightsFile.Keys.distinct, rows, Long.MAX_VALUE,
                    bytes -> progress.step("writing Airbyte records, " + bytes / (1 << 20) + " MiB"));
            out.printf("input: %,d Airbyte records of %s (%,d bytes of JSON Lines), %,d primary keys, written in %s%n",
                    written.records(), STREAM, written.bytes(), written.distinctKeys(), BenchSnapshotReport.seconds(System.nanoTime() - started));
            return Operations.withCore(settings, core -> run(core, dbt, stream, messages, work, progress));
        } finally {
            progress.done();
        }
    }

    private int run(net.adtelligent.application.Adtelligent core, DbtRun dbt, StreamContract stream, Path messages, Path work,
                    Progress progress) {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = ((BenchCommand) spec.root().userObject()).settings();
        OwnerDatabase database = OwnerDatabase.of(settings);
        Tenant tenant = SnapshotFacts.newTenant(core, "bench-dbt");
        UUID tenantId = tenant.id().value();
        UUID connection = UUID.randomUUID();
        AirbyteTableFile table = new AirbyteTableFile(stream);
        String schema = "bench_dbt_" + tenantId.toString().substring(0, 8);
        try (AirbyteLanding landing = AirbyteLanding.open(database.jdbcUrl(), database.user(), database.password())) {
            out.printf("database: %s, %s; tenant %s, connection %s%n", database.description(), landing.describe(),
                    tenant.slug().value(), connection);
            landing.connection(tenantId, connection, stream.platform(), InsightsFile.ACCOUNT, "adtelligent-bench dbt");
            progress.step("loading Airbyte's table");
            long started = System.nanoTime();
            Path csv = work.resolve("airbyte.csv");
            table.csv(messages, csv);
            long landed;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                landed = landing.land(AirbyteTableFile.schema(tenantId), table.table(connection), table.columns(), in);
            }
            Files.delete(csv);
            out.printf("Airbyte's table %s.%s: %,d rows, loaded with COPY in %s (not timed)%n%n", AirbyteTableFile.schema(tenantId),
                    table.table(connection), landed, BenchSnapshotReport.seconds(System.nanoTime() - started));

            progress.step("Java: normalise + ingest");
            NormaliseIngest.Timed java = NormaliseIngest.run(core, tenant, stream, new ConnectionId(connection),
                    InsightsFile.ACCOUNT, messages);
            progress.step("dbt build");
            DbtRun.Result built = dbt.run(database.dbtEnv(schema), work.resolve("dbt-target"), "build", "--select",
                    "+" + FACT_MODEL, "--vars", "{tenant_id: '" + tenantId + "'}");
            progress.done();

            long martRows = landing.count("select count(*) from " + schema + "." + FACT_MODEL + " where tenant_id = '" + tenantId + "'");
            long javaRows = landing.count("select count(*) from public.ad_performance_daily where tenant_id = '" + tenantId + "'");
            new BenchDbtReport(out).print(java, built, javaRows, martRows, schema + "." + FACT_MODEL,
                    "stg_" + stream.stream().replace(".", "__"));
            return javaRows == martRows && javaRows == landed ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
