package net.adtelligent.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.DbtSettings;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.ContextRecords;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.contracts.Normaliser;
import net.adtelligent.contracts.RecordReader;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.contracts.UnifiedRow;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.tenant.TenantId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "normalize",
        mixinStandardHelpOptions = true,
        description = "Prints the unified rows a stream's records make: restated records replaced (latest extraction wins), "
                + "hourly or per-network rows summed to the day. Invalid records are skipped and summarised on standard "
                + "error, with exit code 1; valid ones are still printed. With --ingest the rows are stored as the "
                + "tenant's facts instead (its conversion settings apply), and a summary is printed.",
        footer = {"", "Examples:", "  adtelligent contracts normalize --stream meta_ads.ads_insights sync.jsonl",
            "  adtelligent contracts normalize --stream google_ads.campaign \\",
            "      --context customer.jsonl --format jsonl campaign.jsonl",
            "  adtelligent contracts normalize --stream tiktok_ads.ads_reports_daily \\",
            "      --account 7012345678 --currency USD tiktok.jsonl",
            "  adtelligent contracts normalize --stream meta_ads.ads_insights --ingest \\",
            "      --tenant demo --connection 3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11 sync.jsonl"})
final class ContractsNormalizeCommand implements Callable<Integer> {

    // Rows printed for a look, not stored: a tenant and connection of zeros unless given.
    private static final String PREVIEW = "00000000-0000-0000-0000-000000000000";

    @Spec
    CommandSpec spec;

    @ParentCommand
    ContractsCommand contracts;

    @Option(names = "--stream", required = true, paramLabel = "ID", description = "The stream id, e.g. google_ads.campaign.")
    String stream;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file, or - for standard input.")
    String file;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonl", description = "Output format (default: ${DEFAULT-VALUE}).")
    RowWriter.Format format;

    @Option(names = "--context", paramLabel = "FILE", description = "Records of the platform's context streams (Google Ads customer).")
    String context;

    @Option(names = "--currency", paramLabel = "XXX", description = "The account's currency, where the records and context do not say.")
    String currency;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "The account's time zone, e.g. Europe/Berlin.")
    String timeZone;

    @Option(names = "--account", paramLabel = "ID", description = "The connection's account id, for streams whose rows name none (TikTok).")
    String account;

    @Option(names = "--tenant", paramLabel = "UUID|SLUG", description = "tenant_id of the printed rows (a UUID); "
            + "with --ingest, the slug of the tenant whose facts they become.")
    String tenant;

    @Option(names = "--connection", paramLabel = "UUID", description = "connection_id of the rows; required with --ingest.")
    String connection;

    @Option(names = "--ingest", description = "Store the rows as the tenant's facts (needs --tenant SLUG and --connection).")
    boolean ingest;

    @Option(names = "--extracted-at", paramLabel = "INSTANT", description = "source_extracted_at of records without "
            + "emitted_at, e.g. 2024-05-02T06:00:00Z (default: now). Restated records compare on it.")
    Instant extractedAt;

    @Override
    public Integer call() throws IOException {
        StreamContract contract = contracts.stream(stream);
        if (contract.isContext()) {
            throw new ConfigurationException(stream + " is context for other streams: pass it with --context");
        }
        if (ingest) {
            if (tenant == null || connection == null) {
                throw new ConfigurationException("--ingest needs --tenant SLUG and --connection UUID");
            }
            if (contracts.parent.settings().dbt().factsFromDbt()) {
                throw new ConfigurationException(DbtSettings.INGEST_REFUSED);
            }
            ConnectionId into = new ConnectionId(ContractsCommand.uuid("--connection", connection));
            NormaliseContext values = context(contract);
            return Operations.withCore(contracts.parent.settings(), core -> {
                FactIngest target = FactIngest.open(core, tenant, values);
                target.requireConnection(into, contract.platform());
                Batch.Summary[] result = new Batch.Summary[1];
                long stored = target.ingest(facts ->
                        result[0] = normalise(contract, values, target.tenantId(), into, row -> { }, facts));
                spec.commandLine().getOut().printf("stored %d %s rows of %d records for tenant %s (connection %s)%n",
                        stored, contract.fact().id(), result[0].records(), tenant, into);
                return summarise(contract, result[0]);
            });
        }
        RowWriter writer = new RowWriter(spec.commandLine().getOut(), format, contract.fact());
        writer.header();
        // Rows are printed as the batch hands them out: a file of any size streams through.
        Batch.Summary result = normalise(contract, context(contract),
                new TenantId(ContractsCommand.uuid("--tenant", tenant == null ? PREVIEW : tenant)),
                new ConnectionId(ContractsCommand.uuid("--connection", connection == null ? PREVIEW : connection)),
                row -> {
                    try {
                        writer.write(row);
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                }, fact -> { });
        spec.commandLine().getOut().flush();
        return summarise(contract, result);
    }

    private Batch.Summary normalise(StreamContract contract, NormaliseContext values, TenantId tenantId,
                                    ConnectionId connectionId, Consumer<UnifiedRow> rows, Consumer<DailyFact<?>> facts) {
        try (Batch batch = new Normaliser(contract, values, tenantId, connectionId,
                extractedAt == null ? Instant.now() : extractedAt).batch();
             Reader in = ContractsCommand.open(file)) {
            new RecordReader(in).forEachRemaining(batch::add);
            return batch.finish(rows, facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int summarise(StreamContract contract, Batch.Summary result) {
        if (result.rejected().isEmpty()) {
            return 0;
        }
        ViolationSummary summary = new ViolationSummary(contract.stream());
        result.rejected().forEach(rejected -> summary.record(rejected.line(), rejected.violations()));
        PrintWriter err = spec.commandLine().getErr();
        summary.print(err);
        err.printf("%d of %d records skipped; %d rows %s%n", result.rejectedTotal(), result.records(), result.rows(),
                ingest ? "stored" : "printed");
        return FailureHandler.FAILURE;
    }

    private NormaliseContext context(StreamContract contract) throws IOException {
        NormaliseContext values = NormaliseContext.none();
        if (currency != null) {
            try {
                values.own("currency_code", Currency.getInstance(currency).getCurrencyCode());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("--currency " + currency + " is not an ISO 4217 code such as EUR");
            }
        }
        if (timeZone != null) {
            try {
                values.own("time_zone", ZoneId.of(timeZone).getId());
            } catch (DateTimeException e) {
                throw new ConfigurationException("--time-zone " + timeZone + " is not a zone such as Europe/Berlin");
            }
        }
        if (account != null) {
            values.own("account_id", account);
        }
        if (context != null) {
            ContextRecords records = new ContextRecords(contracts.contracts(), contract.platform(), values);
            long unusable = 0;
            try (Reader in = ContractsCommand.open(context)) {
                RecordReader reader = new RecordReader(in);
                while (reader.hasNext()) {
                    unusable += records.add(reader.next()).isEmpty() ? 0 : 1;
                }
            }
            if (unusable > 0) {
                spec.commandLine().getErr().printf("context: %d records of %s fit no context stream of %s%n",
                        unusable, context, contract.platform());
            }
        }
        return values;
    }
}
