package net.adtelligent.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.PlatformDay;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.Unconverted;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A snapshot as the jsonb document of metrics_snapshots, written by hand so the domain carries no
 * annotations, and read back equal to what was written. Amounts are strings in BigDecimal's own
 * notation (toString, the one form its constructor reads back with the same scale: 10.50 is not
 * 10.5 to equals, nor 1E+3 1000); instants keep their nanoseconds as text; a zone is its id; none
 * is null. The tenant is not in the document: it is the row's, which row-level security vouches for.
 */
final class SnapshotJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotJson() {
    }

    static String write(MetricsSnapshot snapshot) {
        ObjectNode node = JSON.createObjectNode()
                .put("window_first", snapshot.window().first().toString())
                .put("window_last", snapshot.window().last().toString())
                .put("generated_at", snapshot.generatedAt().toString())
                .put("time_zone", snapshot.timeZone().getId())
                .put("currency", snapshot.currency().getCurrencyCode())
                .put("content_hash", snapshot.contentHash());
        ArrayNode adRows = node.putArray("ad_rows");
        snapshot.adRows().forEach(row -> totals(row.totals(),
                adRows.addObject().put("day", row.day().toString()).put("platform", row.platform().name())));
        totals(snapshot.totals(), node.putObject("totals"));
        ArrayNode web = node.putArray("web");
        snapshot.web().forEach(day -> web.addObject().put("day", day.day().toString())
                .put("source", day.source()).put("medium", day.medium())
                .put("currency", day.currency().map(Currency::getCurrencyCode).getOrNull())
                .put("sessions", day.sessions()).put("users", day.users())
                .put("conversions", day.conversions().toString()).put("revenue", day.revenue().toString()));
        ArrayNode search = node.putArray("search");
        snapshot.search().forEach(day -> search.addObject().put("day", day.day().toString()).put("site", day.site())
                .put("clicks", day.clicks()).put("impressions", day.impressions())
                .put("position_times_impressions", day.positionTimesImpressions().toString()));
        unconverted(snapshot.unconverted(), node.putObject("unconverted"));
        ArrayNode sources = node.putArray("sources");
        snapshot.sources().forEach(source -> sources.addObject()
                .put("connection", source.connection().value().toString())
                .put("platform", source.platform().name())
                .put("last_successful_sync", source.lastSuccessfulSync().map(Instant::toString).getOrNull())
                .put("newest_extraction", source.newestExtraction().map(Instant::toString).getOrNull())
                .put("newest_day", source.newestDay().map(LocalDate::toString).getOrNull()));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            // A tree of strings and numbers always serialises.
            throw new IllegalStateException(impossible);
        }
    }

    static MetricsSnapshot read(TenantId tenant, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("unreadable JSON in metrics_snapshots", failure);
        }
        JsonNode left = node.get("unconverted");
        return new MetricsSnapshot(tenant, DateRange.of(day(node, "window_first"), day(node, "window_last")),
                Instant.parse(node.get("generated_at").asText()), ZoneId.of(node.get("time_zone").asText()),
                Currency.getInstance(node.get("currency").asText()),
                list(node, "ad_rows", row -> new PlatformDay(day(row, "day"), Platform.valueOf(row.get("platform").asText()),
                        totals(row))),
                totals(node.get("totals")),
                list(node, "web", day -> new WebDaily(day(day, "day"), named(day, "source"), named(day, "medium"),
                        text(day, "currency").map(Currency::getInstance),
                        day.get("sessions").asLong(), day.get("users").asLong(), amount(day, "conversions"),
                        amount(day, "revenue"))),
                list(node, "search", day -> new SearchDaily(day(day, "day"), named(day, "site"), day.get("clicks").asLong(),
                        day.get("impressions").asLong(), amount(day, "position_times_impressions"))),
                new Unconverted(left.get("ad_rows").asLong(), amounts(left.get("spend_by_currency")),
                        left.get("web_rows").asLong(), amounts(left.get("revenue_by_currency"))),
                list(node, "sources", source -> new SourceFreshness(
                        new ConnectionId(UUID.fromString(source.get("connection").asText())),
                        Platform.valueOf(source.get("platform").asText()),
                        text(source, "last_successful_sync").map(Instant::parse),
                        text(source, "newest_extraction").map(Instant::parse),
                        text(source, "newest_day").map(LocalDate::parse))),
                node.get("content_hash").asText());
    }

    private static void unconverted(Unconverted unconverted, ObjectNode node) {
        node.put("ad_rows", unconverted.adRows()).put("web_rows", unconverted.webRows());
        ObjectNode spend = node.putObject("spend_by_currency");
        unconverted.spendByCurrency().forEach((code, amount) -> spend.put(code, amount.toString()));
        ObjectNode revenue = node.putObject("revenue_by_currency");
        unconverted.revenueByCurrency().forEach((code, amount) -> revenue.put(code, amount.toString()));
    }

    private static void totals(AdTotals totals, ObjectNode node) {
        node.put("spend", totals.spend().toString()).put("impressions", totals.impressions())
                .put("clicks", totals.clicks()).put("conversions", totals.conversions().toString())
                .put("conversions_value", totals.conversionsValue().toString());
    }

    private static AdTotals totals(JsonNode node) {
        return new AdTotals(amount(node, "spend"), node.get("impressions").asLong(), node.get("clicks").asLong(),
                amount(node, "conversions"), amount(node, "conversions_value"));
    }

    private static BigDecimal amount(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asText());
    }

    private static LocalDate day(JsonNode node, String field) {
        return LocalDate.parse(node.get(field).asText());
    }

    private static Option<String> text(JsonNode node, String field) {
        return Option.of(node.get(field)).filter(value -> !value.isNull()).map(JsonNode::asText);
    }

    /** Snapshots written before web rows were kept by source and medium, and search rows by site, read as not set. */
    private static String named(JsonNode node, String field) {
        return text(node, field).getOrElse(WebDaily.NOT_SET);
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> element) {
        List<T> elements = new ArrayList<>();
        node.get(field).forEach(item -> elements.add(element.apply(item)));
        return elements;
    }

    private static Map<String, BigDecimal> amounts(JsonNode object) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        object.properties().forEach(entry -> amounts.put(entry.getKey(), new BigDecimal(entry.getValue().asText())));
        return amounts;
    }
}
