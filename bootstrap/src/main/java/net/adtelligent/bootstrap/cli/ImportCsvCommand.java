package net.adtelligent.bootstrap.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "import-csv",
        mixinStandardHelpOptions = true,
        description = "Imports a CSV export of ad spend into a tenant's facts, as an upload over HTTP does: the file is "
                + "stored, every row checked under the mapping, and then all rows are committed, or none. Rows with "
                + "problems are listed (line, column, reason) and the exit code is 1. The same file imported again "
                + "replaces its rows; no number doubles.",
        footer = {"", "Mapping file (every key optional; what is left out is proposed from the header names):",
            "  {\"columns\": {\"date\": \"Day\", \"campaign_name\": \"Campaign\", \"spend\": \"Cost\", \"clicks\": \"Clicks\"},",
            "   \"currency\": \"EUR\", \"date_order\": \"day_first\", \"account_id\": \"agency-x\", \"source\": \"agency-x\"}",
            "", "Examples:", "  adtelligent import-csv --tenant demo spend-2024.csv --mapping mapping.json",
            "  adtelligent import-csv --tenant demo spend-2024.csv --dry-run"})
final class ImportCsvCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.system("adtelligent import-csv");

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Option(names = "--tenant", required = true, paramLabel = "SLUG", description = "The tenant whose facts the rows become.")
    String tenant;

    @Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8, with or without BOM; , or ; between fields).")
    Path file;

    @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping as JSON (see below); default: the proposal.")
    Path mapping;

    @Option(names = "--dry-run", description = "Check every row and show the report; store nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        MappingRequest request = mapping == null ? MappingRequest.proposal() : MappingFile.read(mapping);
        return Operations.withCore(parent.settings(), core -> run(core, request));
    }

    private int run(Adtelligent core, MappingRequest request) {
        Progress progress = new Progress(spec.commandLine().getErr());
        progress.step("storing " + file);
        ImportJob uploaded;
        try (InputStream in = Files.newInputStream(file)) {
            uploaded = orFail(core.csvUploads().upload(OPERATOR, slug(), file.getFileName().toString(), in));
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("no such file: " + file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
        progress.step("checking every row");
        ImportJob mapped = orFail(core.csvUploads().map(OPERATOR, slug(), uploaded.id(), request));
        PrintWriter out = spec.commandLine().getOut();
        ImportReportText.print(mapped, out, spec.commandLine().getErr());
        if (mapped.status() != ImportStatus.READY) {
            spec.commandLine().getErr().println("nothing stored: fix the rows or the mapping, then import again");
            return FailureHandler.FAILURE;
        }
        if (dryRun) {
            out.println("dry run: nothing stored (upload " + mapped.id() + ")");
            return 0;
        }
        progress.step("committing");
        ImportJob committed = orFail(core.csvUploads().commit(OPERATOR, slug(), mapped.id()));
        progress.done();
        out.printf("committed upload %s: %d rows into tenant %s%s%n", committed.id(), committed.report().get().rows(),
                tenant, committed.duplicateOf().map(earlier -> " (the same file as upload " + earlier
                        + ": rows stored from it were replaced, nothing doubled)").getOrElse(""));
        return 0;
    }

    /** Text that cannot be a slug names no tenant: refused where the use case refuses an unknown one. */
    private Slug slug() {
        return Slug.parse("slug", tenant).toOption()
                .getOrElseThrow(() -> new RefusedException(new AccessRejection.NotFound(tenant)));
    }

    private static ImportJob orFail(Either<Rejection, ImportJob> outcome) {
        return outcome.getOrElseThrow(rejection -> new RefusedException(rejection));
    }
}
