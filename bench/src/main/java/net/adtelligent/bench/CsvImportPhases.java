package net.adtelligent.bench;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.adtelligent.domain.fx.FxRate;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;

/**
 * One import of a CSV file through the core, the three steps a user's upload takes, each timed:
 * upload (the file stored, its header read, a mapping proposed), check (every row read under the
 * proposed mapping), commit (every row read again and stored). The source names the feed: a new
 * source makes every row a new key, the same source again replaces the rows it stored before.
 */
public record CsvImportPhases(long rows, long uploadNanos, long checkNanos, long commitNanos) {

    private static final Actor BENCH = Actor.system("adtelligent-bench csv-import");

    public long totalNanos() {
        return uploadNanos + checkNanos + commitNanos;
    }

    /** {@code step} hears which step starts, for progress on a terminal. */
    public static CsvImportPhases run(Adtelligent core, String tenant, Path csv, String source, Consumer<String> step) {
        Slug slug = new Slug(tenant);
        step.accept("upload");
        long start = System.nanoTime();
        ImportJob uploaded;
        try (InputStream in = Files.newInputStream(csv)) {
            uploaded = orFail(core.csvUploads().upload(BENCH, slug, csv.getFileName().toString(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long uploadedAt = System.nanoTime();
        step.accept("check every row");
        MappingRequest proposalFromSource = new MappingRequest(Option.none(), Option.none(), Option.none(),
                Option.none(), Option.of(source));
        ImportJob mapped = orFail(core.csvUploads().map(BENCH, slug, uploaded.id(), proposalFromSource));
        long checkedAt = System.nanoTime();
        if (mapped.status() != ImportStatus.READY) {
            // The generator writes only valid rows, so this is a defect of the generator or the reader.
            throw new IllegalStateException("the generated file does not import: " + mapped.report()
                    .flatMap(report -> Option.ofOptional(report.problems().stream().findFirst())).map(Object::toString)
                    .getOrElse(mapped.status().wireName()));
        }
        step.accept("commit");
        orFail(core.csvUploads().commit(BENCH, slug, mapped.id()));
        long committedAt = System.nanoTime();
        return new CsvImportPhases(mapped.report().get().rows(), uploadedAt - start, checkedAt - uploadedAt,
                committedAt - checkedAt);
    }

    /** The tenant the rows go to; a new one each run, so earlier runs' rows never share its keys. */
    public static String newTenant(Adtelligent core) {
        String slug = "bench-csv-" + Long.toString(System.currentTimeMillis(), 36);
        orFail(core.registerTenant().register(BENCH, new TenantDraft(slug, "CSV import benchmark", "EUR",
                "Europe/Berlin")));
        orFail(core.importFxRates().importRates(BENCH, weeklyRates()));
        return slug;
    }

    // The generated file has USD and GBP accounts; the check wants a rate for each of their days.
    private static List<FxRate> weeklyRates() {
        List<FxRate> rates = new ArrayList<>();
        Currency euro = Currency.getInstance("EUR");
        for (LocalDate day = LocalDate.of(2022, 12, 25); day.getYear() < 2030; day = day.plusDays(7)) {
            rates.add(new FxRate(day, euro, Currency.getInstance("USD"), new BigDecimal("1.08"), "bench"));
            rates.add(new FxRate(day, euro, Currency.getInstance("GBP"), new BigDecimal("0.86"), "bench"));
        }
        return rates;
    }

    private static <T> T orFail(Either<? extends Rejection, T> outcome) {
        return outcome.getOrElseThrow(rejection -> rejection instanceof ImportRejection.TooLarge
                ? new ConfigurationException(rejection.detail() + ": fewer --rows, or raise ADT_UPLOAD_MAX_BYTES")
                : new IllegalStateException(rejection.detail()));
    }
}
