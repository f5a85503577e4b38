package net.adtelligent.bootstrap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.domain.permission.ReviewChecklist;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "checklist",
        mixinStandardHelpOptions = true,
        description = {"Writes the review checklist (Meta's App Review submission first, then each other platform's"
                + " review) from the permission catalog, so the two cannot disagree: print it, or write it over the file"
                + " with --output. Run it after every change of the catalog, in the same commit."},
        footer = {"", "Example (after a change of docs/permissions/):",
            "  adtelligent permissions checklist --catalog docs/permissions \\",
            "      --output " + ReviewChecklist.PATH})
final class PermissionsChecklistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PermissionsCommand.CatalogOption catalog = new PermissionsCommand.CatalogOption();

    @Option(names = "--output", paramLabel = "FILE", description = "write the checklist to this file instead of printing it")
    Path output;

    @Override
    public Integer call() {
        String text = ReviewChecklist.render(catalog.catalog());
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Files.writeString(output, text);
        } catch (IOException e) {
            throw new ConfigurationException("cannot write " + output + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("wrote %s%n", output);
        return 0;
    }
}
