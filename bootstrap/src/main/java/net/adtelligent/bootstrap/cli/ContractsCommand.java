package net.adtelligent.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.StreamContract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "contracts",
        mixinStandardHelpOptions = true,
        description = "Lists the data contracts, checks source records against them and turns records into unified rows.",
        subcommands = {ContractsListCommand.class, ContractsValidateCommand.class, ContractsNormalizeCommand.class,
            ContractsDbtCommand.class},
        footer = {"", "Example:", "  adtelligent contracts validate --stream meta_ads.ads_insights sync.jsonl"})
final class ContractsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    private Contracts contracts;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Contracts contracts() {
        if (contracts == null) {
            contracts = Contracts.load();
        }
        return contracts;
    }

    /** The contract of a stream id, or a one-line error naming the known ones. */
    StreamContract stream(String id) {
        return contracts().stream(id).orElseThrow(() -> new ConfigurationException("unknown stream " + id + "; known: "
                + String.join(", ", contracts().all().stream().map(StreamContract::stream).toList())));
    }

    /** A JSON Lines file, or standard input for "-"; read as a stream, never whole. */
    static Reader open(String file) {
        if ("-".equals(file)) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        try {
            InputStream in = Files.newInputStream(Path.of(file));
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("no such file: " + file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static UUID uuid(String option, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(option + " " + text + " is not a UUID");
        }
    }
}
