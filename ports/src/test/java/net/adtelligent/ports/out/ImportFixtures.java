package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EUR;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static net.adtelligent.ports.out.IdentityFixtures.NOW;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportReport;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.domain.upload.UploadId;

/**
 * CSV import jobs for the ImportJobStore contract (shipped in the test-jar). Mappings list their
 * columns out of alphabetical order and reports hold awkward preview rows (no currency, no names,
 * negative and long amounts with trailing zeros), so a store that reorders or rounds shows it.
 */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /** A lower-case hex SHA-256 that no other call answers. */
    public static String uniqueSha256() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    public static ImportJob uploaded(TenantId tenant, String sha256, Option<UserId> by) {
        return ImportJob.uploaded(UploadId.random(), tenant, "Kampagnen März.csv", 4_321, sha256,
                List.of("Tag", "Kampagne", "Kosten (€)", "Impr.", ""), ';', 4, proposed(), Option.none(), by, NOW);
    }

    /** What header names suggest: some columns, no currency. */
    public static CsvMapping proposed() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("date", "Tag");
        columns.put("campaign_name", "Kampagne");
        return new CsvMapping(columns, Option.none(), DateOrder.ISO, "csv-account", CsvMapping.DEFAULT_SOURCE);
    }

    /** What a user chose: more columns, a currency, day-first dates and a source of their own. */
    public static CsvMapping chosen() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("spend", "Kosten (€)");
        columns.put("date", "Tag");
        columns.put("impressions", "Impr.");
        columns.put("campaign_name", "Kampagne");
        return new CsvMapping(columns, Option.of(EUR), DateOrder.DAY_FIRST, "konto-7", "agentur \"export\"");
    }

    /** Two of three rows valid, with problems of a column and of a whole row. */
    public static ImportReport reportWithProblems(TenantId tenant) {
        Map<String, Long> byColumn = new LinkedHashMap<>();
        byColumn.put("Kosten (€)", 7L);
        byColumn.put("", 1L);
        return new ImportReport(3, 2, List.of(new RowProblem(3, "Kosten (€)", "not a number: \"12,5x\""),
                new RowProblem(4, "", "2 columns, the header has 5")), byColumn, preview(tenant));
    }

    public static ImportReport allValid(TenantId tenant) {
        return new ImportReport(2, 2, List.of(), Map.of(), preview(tenant));
    }

    private static List<AdPerformanceDaily> preview(TenantId tenant) {
        ConnectionId connection = ConnectionId.random();
        AdPerformanceDaily bare = new AdPerformanceDaily(tenant, connection, Platform.CSV, DAY, "konto-7",
                Option.none(), "Frühling — 春", Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), Option.none(), new BigDecimal("10.50"), 0, 0, new BigDecimal("-1.250"),
                new BigDecimal("123456789012345678901234.000001"), EXTRACTED.plusNanos(789));
        return List.of(FactFixtures.ad(tenant, connection, DAY, 3, EXTRACTED), bare);
    }
}
