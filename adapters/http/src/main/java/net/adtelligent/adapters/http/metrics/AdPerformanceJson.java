package net.adtelligent.adapters.http.metrics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import net.adtelligent.adapters.http.web.AdRowJson;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.domain.fx.Money;
import net.adtelligent.domain.fx.NotConvertible;
import net.adtelligent.ports.in.ReadAdPerformance.ConvertedRow;
import net.adtelligent.ports.in.ReadAdPerformance.Summary;

/**
 * Writes {"reporting_currency", "rows": […], "summary"} as the rows are read, so a year of ad-level
 * facts never sits in memory. Nothing is written before the first row: until then a refusal can
 * still be an ordinary problem response. Converted amounts keep full precision, like the sums in
 * the summary; rounding them is for display.
 */
final class AdPerformanceJson {

    record RowJson(@JsonUnwrapped AdRowJson fact, String spendReporting, String conversionsValueReporting,
                   String notConvertible, boolean connectionDeleted) {
        static RowJson of(ConvertedRow row) {
            Either<NotConvertible, Money> spend = row.spend();
            Either<NotConvertible, Money> value = row.conversionsValue();
            String reason = spend.isLeft() ? spend.getLeft().detail() : value.isLeft() ? value.getLeft().detail() : null;
            return new RowJson(AdRowJson.of(row.fact()), amount(spend), amount(value), reason,
                    row.fromDeletedConnection());
        }

        private static String amount(Either<NotConvertible, Money> converted) {
            return converted.map(money -> AdRowJson.decimal(money.amount())).getOrNull();
        }
    }

    /** unconvertedSpend: the spend of the rows that could not be converted, by the currency it is in. */
    record SummaryJson(long rows, long notConvertible, Map<String, String> unconvertedSpend) {
        static SummaryJson of(Summary summary) {
            Map<String, String> unconverted = new LinkedHashMap<>();
            summary.unconvertedSpend().forEach((currency, amount) -> unconverted.put(currency, AdRowJson.decimal(amount)));
            return new SummaryJson(summary.rows(), summary.notConvertible(), unconverted);
        }
    }

    private final Context ctx;
    private final Currency reportingCurrency;
    private JsonGenerator out;

    AdPerformanceJson(Context ctx, Currency reportingCurrency) {
        this.ctx = ctx;
        this.reportingCurrency = reportingCurrency;
    }

    boolean started() {
        return out != null;
    }

    void row(ConvertedRow row) {
        try {
            start();
            out.writeObject(RowJson.of(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish(Summary summary) throws IOException {
        start();
        out.writeEndArray();
        out.writeObjectField("summary", SummaryJson.of(summary));
        out.writeEndObject();
        out.close();
    }

    private void start() throws IOException {
        if (out != null) {
            return;
        }
        ctx.status(200).contentType(Json.MEDIA_TYPE);
        out = Json.mapper().createGenerator(ctx.outputStream());
        out.writeStartObject();
        out.writeStringField("reporting_currency", reportingCurrency.getCurrencyCode());
        out.writeArrayFieldStart("rows");
    }
}
