package net.adtelligent.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.contracts.csv.FxRateFile;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.ImportFxRates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports exchange rates from a CSV file with the columns date, base, quote, rate, source "
                + "(1 base = rate quote on that day). All rates or none: a file with a bad line stores nothing and "
                + "lists every problem. A rate of a day and pair stored already is replaced (a corrected file wins).",
        footer = {"", "File:", "  date,base,quote,rate,source", "  2024-05-02,EUR,USD,1.0702,ECB", "",
            "Example:", "  adtelligent fx import ecb-rates.csv"})
final class FxImportCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.system("adtelligent fx import");

    @Spec
    CommandSpec spec;

    @ParentCommand
    FxCommand fx;

    @Parameters(paramLabel = "FILE", description = "The rates as CSV (UTF-8; , or ; between fields).")
    Path file;

    @Override
    public Integer call() {
        List<FxRate> rates = new ArrayList<>();
        List<RowProblem> problems;
        try (InputStream in = Files.newInputStream(file)) {
            problems = FxRateFile.read(in, rates::add);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("no such file: " + file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(problem -> err.printf("line %d%s: %s%n", problem.line(),
                    problem.column().isEmpty() ? "" : ", " + problem.column(), problem.reason()));
            err.printf("nothing stored: %d problems in %s%n", problems.size(), file);
            return FailureHandler.FAILURE;
        }
        ImportFxRates.Summary summary = Operations.withCore(fx.parent.settings(), core -> core.importFxRates()
                .importRates(OPERATOR, rates)
                .getOrElseThrow(rejection -> new RefusedException(rejection)));
        spec.commandLine().getOut().printf("stored %d rates of %d currency pairs, %s to %s%n", summary.rates(),
                summary.pairs(), summary.first(), summary.last());
        return 0;
    }
}
