package net.adtelligent.contracts.upload;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.adtelligent.contracts.csv.CommonsCsvFiles;
import net.adtelligent.contracts.csv.ContractConversionCatalog;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import net.adtelligent.testing.TestCore;

/** The CSV upload use case with the real reader, on the in-memory core: shared set-up of the flow tests. */
abstract class CsvUploadFlowTest {

    static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    static final Actor SYSTEM = Actor.system("test");
    static final long LIMIT = 64 * 1024;

    final TestCore test = new TestCore(Clock.systemUTC(), new CommonsCsvFiles(), new ContractConversionCatalog(), LIMIT);
    final User owner = test.core.manageUsers().createUser(SYSTEM, "owner@example.com", "correct horse battery staple").get();
    final Actor asOwner = Actor.user(owner.id(), CLIENT);
    final Tenant acme = test.core.registerTenant().register(asOwner, draft("acme")).get();
    final CsvUploads uploads = test.core.csvUploads();

    {
        // The sample exports are in CHF; the tenant reports in EUR, so a rate must be known for their days.
        test.facts.fxRates().upsert(List.of(new FxRate(LocalDate.of(2024, 4, 30), Currency.getInstance("CHF"),
                Currency.getInstance("EUR"), new BigDecimal("1.0125"), "test")));
    }

    static InputStream resource(String name) {
        return CsvUploadFlowTest.class.getResourceAsStream("/csv/" + name);
    }

    static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    ImportJob upload(String name) {
        try (InputStream in = resource(name)) {
            return uploads.upload(asOwner, new Slug("acme"), name, in).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportJob map(ImportJob job, MappingRequest request) {
        return uploads.map(asOwner, new Slug("acme"), job.id(), request).get();
    }

    static MappingRequest currency(String code) {
        return new MappingRequest(Option.none(), Option.of(code), Option.none(),
                Option.none(), Option.none());
    }

    static MappingRequest columns(Map<String, String> columns) {
        return new MappingRequest(Option.of(columns), Option.none(),
                Option.none(), Option.none(), Option.none());
    }

    List<AdPerformanceDaily> stored(LocalDate first, LocalDate last) {
        List<AdPerformanceDaily> rows = new ArrayList<>();
        test.facts.adPerformance().read(acme.id(), DateRange.of(first, last), rows::add);
        return rows;
    }

    static BigDecimal spend(List<AdPerformanceDaily> rows) {
        return rows.stream().map(AdPerformanceDaily::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static boolean ready(ImportJob job) {
        return job.status() == ImportStatus.READY;
    }
}
