package net.adtelligent.bench.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.ScratchCopy;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.cli.Progress;
import net.adtelligent.bench.CsvCopyBaseline;
import net.adtelligent.bench.CsvCopyBaseline.Copied;
import net.adtelligent.bench.CsvExportFile;
import net.adtelligent.bench.CsvImportPhases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "csv-import",
        mixinStandardHelpOptions = true,
        description = {"Generates a CSV export as the Google Ads UI writes an ad report (day, account, campaign, ad group, "
                + "ad, currency, cost, impressions, clicks, conversions, conversion value; 2,000 ads, every row a key of "
                + "its own), then times, in alternating rounds on the database the service uses, the whole import through "
                + "the core (upload, check every row, commit) and PostgreSQL's COPY of the same file into a plain table; "
                + "prints both rates and their ratio (goal: at least 35%%).",
            "Each round imports into a new source, so every row is a new insert; a last round imports the file into "
                + "the last round's source again, so its rows replace the stored ones.",
            "It registers a tenant bench-csv-... and leaves it with its rows: run it on a scratch ADT_DATA_DIR "
                + "(or ADT_DATABASE_URL)."},
        footer = {"", "Example, on a scratch data folder:", "  export ADT_DATA_DIR=/tmp/adt-bench",
            "  adtelligent-bench csv-import --rows 500000 --rounds 3"})
final class BenchCsvImportCommand implements Callable<Integer> {

    private static final double GOAL = 0.35;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "200000", paramLabel = "N", description = "Rows of the file (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R", description = "Timed rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "50000", paramLabel = "N", description = "Rows of a smaller file each side "
            + "takes untimed first, for the JIT and the database's caches; at most --rows (default: ${DEFAULT-VALUE}).")
    long warmup;

    private record Turns(CsvImportPhases imported, Optional<Copied> copied) {
    }

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || rounds < 1 || warmup < 0) {
            throw new ConfigurationException("--rows and --rounds must be positive, --warmup at least 0");
        }
        Settings settings = ((BenchCommand) spec.root().userObject()).settings();
        Progress progress = new Progress(spec.commandLine().getErr());
        Path file = Files.createTempFile("adtelligent-bench-", ".csv");
        Path warm = Files.createTempFile("adtelligent-bench-warmup-", ".csv");
        try {
            progress.step(String.format("generating %,d rows", rows));
            CsvExportFile.Written input = CsvExportFile.write(file, rows);
            long warmupRows = CsvExportFile.write(warm, Math.min(warmup, rows)).rows();
            return Operations.withCoreAndDatabase(settings,
                    (core, database) -> run(core, copyOn(database), settings, input, file, warmupRows, warm, progress));
        } finally {
            progress.done();
            Files.deleteIfExists(file);
            Files.deleteIfExists(warm);
        }
    }

    private static CsvCopyBaseline copyOn(PostgresDatabase database) {
        return new CsvCopyBaseline() {
            @Override
            public Copied copy(Path csv, List<String> columns) {
                ScratchCopy.Copied done = ScratchCopy.run(database, csv, columns);
                return new Copied(done.rows(), done.nanos());
            }

            @Override
            public String describe() {
                return "COPY FROM STDIN through the JDBC driver, as the schema owner, into a plain table";
            }
        };
    }

    private int run(Adtelligent core, CsvCopyBaseline copyBaseline, Settings settings, CsvExportFile.Written input, Path file, long warmupRows, Path warm,
                    Progress progress) {
        Either<String, CsvCopyBaseline> baseline = Either.right(copyBaseline);
        String tenant = CsvImportPhases.newTenant(core);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        out.printf("input: a Google Ads ad report export, %,d rows (up to %,d ads a day on %,d %s, every row a key of its own), "
                + "%s (%,d bytes a row); %s (deleted afterwards)%n", input.rows(), CsvExportFile.ADS, input.days(),
                input.days() == 1 ? "day" : "days", BenchReport.bytes(input.bytes()), input.bytes() / input.rows(), file);
        out.printf("database: %s; tenant %s (left in place, with the imported rows)%n", settings.databaseUrl().isPresent()
                ? "ADT_DATABASE_URL" : "embedded PostgreSQL in " + settings.dataDir(), tenant);
        out.printf("COPY: %s%n", baseline.fold(why -> "not measured, " + why, CsvCopyBaseline::describe));
        new BenchReport(out, input.rows()).machine();
        out.printf("warm-up: %,d rows, imported and copied once untimed; then %d timed %s, alternating which goes first, "
                + "each import into a new source; then the file again into the last round's source (replace)%n%n",
                warmupRows, rounds, rounds == 1 ? "round" : "rounds");
        Optional<CsvCopyBaseline> copy = baseline.toJavaOptional();
        if (warmupRows > 0) {
            turns(core, copy, tenant, warm, "warm-up", true, "warm-up", progress);
        }
        BenchCsvReport report = new BenchCsvReport(out, input.rows());
        report.header();
        for (int round = 1; round <= rounds; round++) {
            boolean importFirst = round % 2 == 1;
            Turns turns = turns(core, copy, tenant, file, "round-" + round, importFirst, "round " + round + "/" + rounds, progress);
            report.round(round, importFirst, turns.imported(), turns.copied());
        }
        report.median();
        boolean importFirst = rounds % 2 == 0;
        Turns replaced = turns(core, copy, tenant, file, "round-" + rounds, importFirst, "replace", progress);
        report.replace(importFirst, replaced.imported(), replaced.copied());
        progress.done();
        report.summary(GOAL, baseline.swap().toJavaOptional());
        return 0;
    }

    // Both sides back to back, in the order given: a slower minute of a shared machine slows both.
    private static Turns turns(Adtelligent core, Optional<CsvCopyBaseline> copy, String tenant, Path csv, String source,
                               boolean importFirst, String label, Progress progress) {
        Optional<Copied> copied = Optional.empty();
        CsvImportPhases imported = null;
        for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == importFirst) {
                imported = CsvImportPhases.run(core, tenant, csv, source, step -> progress.step(label + ": import: " + step));
            } else {
                progress.step(label + ": COPY");
                copied = copy.map(baseline -> baseline.copy(csv, CsvExportFile.COLUMNS));
            }
        }
        return new Turns(imported, copied);
    }
}
