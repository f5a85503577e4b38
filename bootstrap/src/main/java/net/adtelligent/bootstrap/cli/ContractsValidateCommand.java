package net.adtelligent.bootstrap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.Callable;
import net.adtelligent.contracts.ContractValidator;
import net.adtelligent.contracts.RecordReader;
import net.adtelligent.contracts.SourceRecord;
import net.adtelligent.contracts.StreamContract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks every record of a JSON Lines file (Airbyte messages, {stream, data, emitted_at} lines "
                + "or bare data objects) against a stream's contract. Exits 1 if any record is invalid.",
        footer = {"", "Examples:", "  adtelligent contracts validate --stream meta_ads.ads_insights sync.jsonl",
            "  adtelligent contracts validate --json --stream csv.generic - < upload.jsonl"})
final class ContractsValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ContractsCommand contracts;

    @Option(names = "--stream", required = true, paramLabel = "ID", description = "The stream id, e.g. meta_ads.ads_insights.")
    String stream;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file, or - for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        StreamContract contract = contracts.stream(stream);
        ContractValidator validator = new ContractValidator(contract);
        ViolationSummary summary = new ViolationSummary(contract.stream());
        try (Reader in = ContractsCommand.open(file)) {
            RecordReader records = new RecordReader(in);
            while (records.hasNext()) {
                SourceRecord record = records.next();
                summary.record(record.line(), validator.validate(record));
            }
        }
        if (json) {
            summary.printJson(spec.commandLine().getOut(), new ObjectMapper());
        } else {
            summary.print(spec.commandLine().getOut());
        }
        return summary.anyInvalid() ? FailureHandler.FAILURE : 0;
    }
}
