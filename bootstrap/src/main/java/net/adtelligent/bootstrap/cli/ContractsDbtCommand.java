package net.adtelligent.bootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import net.adtelligent.contracts.dbt.DbtProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "dbt",
        mixinStandardHelpOptions = true,
        description = "Writes the dbt project's files that follow from the data contracts: a staging model per Airbyte "
                + "stream, their tests, the sources with freshness per platform, and the streams' columns. Files it "
                + "wrote before and no contract needs any more are removed; the rest of the project is left alone.",
        footer = {"", "Example:", "  adtelligent contracts dbt --out dbt"})
final class ContractsDbtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ContractsCommand contracts;

    @Option(names = "--out", defaultValue = "dbt", paramLabel = "DIR",
            description = "The dbt project's directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        Map<String, String> files = DbtProject.files(contracts.contracts());
        try {
            for (String generated : DbtProject.DIRECTORIES) {
                Path directory = out.resolve(generated);
                if (Files.isDirectory(directory)) {
                    try (var stale = Files.list(directory)) {
                        for (Path file : stale.toList()) {
                            if (!files.containsKey(generated + file.getFileName())) {
                                Files.delete(file);
                            }
                        }
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = out.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().printf("wrote %d files under %s%n", files.size(), out);
        return 0;
    }
}
