package net.adtelligent.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.AdPerformanceKey;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.fx.Money;
import net.adtelligent.domain.fx.NotConvertible;
import net.adtelligent.domain.upload.ImportReport;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FxRateStore;

/**
 * The checks of an upload that need more than one row, made while the rows are checked, so each
 * is a problem of its row with its line, not a failed commit:
 * <ul>
 *   <li>rows of one key (day, account, campaign, ad group, ad) are summed on commit, so they must
 *       share a currency: a second currency is a problem of the row that brings it;</li>
 *   <li>an amount in another currency than the tenant's must be convertible by the rule every
 *       answer uses (a rate on its day or the days before): without one, its rows are problems
 *       that say which rates to import.</li>
 * </ul>
 */
final class CsvRowChecks implements CsvFiles.RowSink {

    private record FirstCurrency(Currency currency, long line) {
    }

    private record Dated(Currency currency, LocalDate day) {
    }

    /** Rows in a foreign currency on one day: how many, and the first lines to name. */
    private static final class Group {
        long rows;
        final List<Long> lines = new ArrayList<>();
    }

    private final ReportCollector report;
    private final Currency reporting;
    private final FxRateStore rates;
    // Keys by a 64-bit hash: a large file's keys fit where the keys themselves would not.
    private final Map<Long, FirstCurrency> currencies = new HashMap<>();
    private final Map<Dated, Group> foreign = new HashMap<>();

    CsvRowChecks(ReportCollector report, Currency reporting, FxRateStore rates) {
        this.report = report;
        this.reporting = reporting;
        this.rates = rates;
    }

    @Override
    public void row(long line, AdPerformanceDaily fact) {
        if (fact.currencyCode().isDefined()) {
            Currency currency = fact.currencyCode().get();
            FirstCurrency first = currencies.putIfAbsent(hash(fact.key()), new FirstCurrency(currency, line));
            if (first != null && !first.currency().equals(currency)) {
                report.problems(line, List.of(new RowProblem(line, "", "is in " + currency + " where line "
                        + first.line() + ", of the same day, account, campaign, ad group and ad, is in "
                        + first.currency() + ": rows of one key are added up, so they need one currency")));
                return;
            }
            if (!currency.equals(reporting)) {
                Group group = foreign.computeIfAbsent(new Dated(currency, fact.dateDay()), day -> new Group());
                group.rows++;
                if (group.lines.size() < ImportReport.MAX_PROBLEMS) {
                    group.lines.add(line);
                }
            }
        }
        report.row(line, fact);
    }

    @Override
    public void problems(long line, List<RowProblem> problems) {
        report.problems(line, problems);
    }

    @Override
    public void skipped(long line, String reason) {
        report.skipped(line, reason);
    }

    /** The report, with the rows whose currency no rate converts counted among the invalid ones. */
    ImportReport report() {
        if (!foreign.isEmpty()) {
            LocalDate first = foreign.keySet().stream().map(Dated::day).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = foreign.keySet().stream().map(Dated::day).max(LocalDate::compareTo).orElseThrow();
            CurrencyConverter converter = CurrencyConverter.of(rates.between(DateRange.of(
                    CurrencyConverter.earliestRateDay(first, CurrencyConverter.DEFAULT_LOOKBACK_DAYS), last)));
            Map<Long, RowProblem> found = new TreeMap<>();
            long rows = 0;
            for (Map.Entry<Dated, Group> entry : foreign.entrySet()) {
                Dated dated = entry.getKey();
                var converted = converter.convert(new Money(BigDecimal.ONE, dated.currency()), dated.day(), reporting);
                if (converted.isLeft()) {
                    rows += entry.getValue().rows;
                    String reason = reason(converted.getLeft());
                    entry.getValue().lines.forEach(line -> found.put(line, new RowProblem(line, "", reason)));
                }
            }
            report.laterProblems(rows, List.copyOf(found.values()));
        }
        return report.report();
    }

    private String reason(NotConvertible why) {
        return "cannot be converted into the tenant's " + reporting + ": " + why.detail()
                + "; import the rates (fx import) and map the upload again";
    }

    // FNV-1a over the key's parts, each ended by a character no id holds.
    private static long hash(AdPerformanceKey key) {
        long hash = 0xcbf29ce484222325L;
        for (String part : new String[] {key.dateDay().toString(), key.accountId(), key.campaignId(),
                key.adGroupId().getOrElse("\u0001"), key.adId().getOrElse("\u0001")}) {
            for (int i = 0; i < part.length(); i++) {
                hash = (hash ^ part.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0) * 0x100000001b3L;
        }
        return hash;
    }
}
