package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.CONTRACTS;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DailyFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records the connectors' maintainers publish as what their acceptance tests expect, kept per
 * connector version (src/test/resources/upstream/README.md says where each file comes from): every
 * one must validate and normalise, whichever version wrote it, and the unified totals must equal
 * sums taken here straight from the raw JSON, without the contracts or the normaliser.
 */
class UpstreamRecordsTest {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "upstream");
    private static final ObjectMapper RAW = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Spend, impressions, clicks and conversions of one raw record, as each platform names them. */
    private record Measures(Function<JsonNode, BigDecimal> spend, Function<JsonNode, BigDecimal> impressions,
                           Function<JsonNode, BigDecimal> clicks, Function<JsonNode, BigDecimal> conversions) {
    }

    private static final Measures LINKEDIN = new Measures(d -> n(d, "costInLocalCurrency"), d -> n(d, "impressions"),
            d -> n(d, "clicks"), d -> n(d, "externalWebsiteConversions").add(n(d, "oneClickLeads")));
    private static final Measures MICROSOFT = new Measures(d -> n(d, "Spend"), d -> n(d, "Impressions"),
            d -> n(d, "Clicks"), d -> n(d, "Conversions"));
    private static final Measures GOOGLE = new Measures(d -> n(d, "metrics.cost_micros").movePointLeft(6),
            d -> n(d, "metrics.impressions"), d -> n(d, "metrics.clicks"), d -> n(d, "metrics.conversions"));

    private static final Measures TIKTOK = new Measures(d -> n(d.path("metrics"), "spend"),
            d -> n(d.path("metrics"), "impressions"), d -> n(d.path("metrics"), "clicks"), d -> n(d.path("metrics"), "conversion"));

    // Meta: link clicks, conversions the default purchase and lead action types (docs/contracts.md).
    private static final List<String> META_CONVERSIONS = List.of("offsite_conversion.fb_pixel_purchase",
            "onsite_conversion.purchase", "offsite_conversion.fb_pixel_lead", "onsite_conversion.lead_grouped");
    private static final Measures META = new Measures(d -> n(d, "spend"), d -> n(d, "impressions"),
            d -> n(d, "inline_link_clicks"), d -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode action : d.path("actions")) {
                    if (META_CONVERSIONS.contains(action.path("action_type").asText())) {
                        sum = sum.add(n(action, "value"));
                    }
                }
                return sum;
            });

    // Search Console has neither spend nor conversions: clicks and impressions are its measures.
    private static final Measures SEARCH = new Measures(d -> BigDecimal.ZERO, d -> n(d, "impressions"),
            d -> n(d, "clicks"), d -> BigDecimal.ZERO);

    // The stored history holds one version of Search Console's published records, and the older pinned
    // package (1.8.0) declares the same fields for these streams: there is no second shape to keep.
    private static final java.util.Set<String> ONE_SHAPE = java.util.Set.of(
            "search_console.search_analytics_by_date", "search_console.search_analytics_by_query");

    private static final Map<String, Measures> MEASURES = Map.of(
            "linkedin_ads.ad_campaign_analytics", LINKEDIN,
            "microsoft_ads.ad_performance_report_daily", MICROSOFT,
            "microsoft_ads.campaign_performance_report_daily", MICROSOFT,
            "google_ads.ad_performance", GOOGLE,
            "tiktok_ads.ads_reports_daily", TIKTOK,
            "meta_ads.ads_insights", META,
            "search_console.search_analytics_by_date", SEARCH,
            "search_console.search_analytics_by_query", SEARCH);

    // The records name LinkedIn campaigns only; the campaigns and accounts records of the same files say
    // campaign 252074216 is in campaign group 616471656 of account 508720451, which bills in USD.
    private static NormaliseContext context(String stream) {
        NormaliseContext context = NormaliseContext.none();
        // TikTok rows name no advertiser: the connection's is advertiser 7002238017842757633 (USD), whose
        // ads these are in the ads and advertisers records of the same files.
        if (stream.startsWith("tiktok_ads.")) {
            context.own("account_id", "7002238017842757633").own("currency_code", "USD");
        }
        if (stream.startsWith("linkedin_ads.")) {
            context.lookup("ad_group_id", "252074216", Map.of("account_id", "508720451", "campaign_id", "616471656",
                    "ad_group_name", "Brand awareness - Aug 21, 2023"));
            context.lookup("account_id", "508720451", Map.of("account_name", "Jean’s Ad Account", "currency_code", "USD"));
        }
        return context;
    }

    static Stream<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(DIRECTORY)) {
            return listed.filter(path -> path.toString().endsWith(".jsonl")).sorted().toList().stream();
        }
    }

    // linkedin_ads.ad_campaign_analytics.680b8dee707d.jsonl: the contract, then the commit it was taken at
    // (or pypi-<version> for records shaped by that package's schema).
    private static String stream(Path file) {
        String name = file.getFileName().toString();
        String withoutExtension = name.substring(0, name.length() - ".jsonl".length());
        return withoutExtension.substring(0, withoutExtension.lastIndexOf('.'));
    }

    @Test
    void everyContractWithMeasures_hasRecordsFromTwoPointsInItsConnectorsHistory() throws IOException {
        Map<String, Long> perStream = files().collect(java.util.stream.Collectors.groupingBy(
                UpstreamRecordsTest::stream, java.util.stream.Collectors.counting()));

        assertThat(perStream.keySet()).containsExactlyInAnyOrderElementsOf(MEASURES.keySet());
        perStream.forEach((stream, count) -> assertThat(count).as(stream).isGreaterThanOrEqualTo(ONE_SHAPE.contains(stream) ? 1 : 2));
        assertThat(Files.readString(DIRECTORY.resolve("README.md")))
                .contains(files().map(file -> file.getFileName().toString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyRecord_validatesAndNormalises_withTheTotalsOfItsRawJson(Path file) throws IOException {
        String stream = stream(file);
        StreamContract contract = CONTRACTS.stream(stream).orElseThrow();
        Normaliser normaliser = new Normaliser(contract, context(stream), TENANT, CONNECTION, T1);
        Measures measures = MEASURES.get(stream);
        BigDecimal[] raw = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] rows = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        List<String> problems = new ArrayList<>();
        Batch batch = normaliser.batch();
        try (Reader in = Files.newBufferedReader(file)) {
            for (RecordReader records = new RecordReader(in); records.hasNext(); ) {
                SourceRecord record = records.next();
                JsonNode data = RAW.readTree(record.data().orElseThrow().toString());
                BigDecimal[] measured = {measures.spend().apply(data), measures.impressions().apply(data),
                        measures.clicks().apply(data), measures.conversions().apply(data)};
                add(raw, measured);
                normaliser.row(record).peekLeft(violations -> problems.add(record.line() + ": " + violations))
                        .peek(row -> add(rows, (BigDecimal) row.get("spend"), count(row.get("impressions")),
                                count(row.get("clicks")), (BigDecimal) row.get("conversions")));
                batch.add(record);
            }
        }
        Batch.Result result = batch.finish();

        assertThat(problems).as("records that did not validate and normalise").isEmpty();
        assertThat(rows).usingElementComparator(BigDecimal::compareTo).containsExactly(raw);
        BigDecimal[] facts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (DailyFact<?> fact : result.facts()) {
            if (fact instanceof AdPerformanceDaily ad) {
                add(facts, ad.spend(), BigDecimal.valueOf(ad.impressions()), BigDecimal.valueOf(ad.clicks()), ad.conversions());
            } else if (fact instanceof net.adtelligent.domain.fact.SearchConsoleDaily search) {
                add(facts, BigDecimal.ZERO, BigDecimal.valueOf(search.impressions()), BigDecimal.valueOf(search.clicks()),
                        BigDecimal.ZERO);
            }
        }
        assertThat(result.rejected()).as("rows the domain refused").isEmpty();
        assertThat(facts).usingElementComparator(BigDecimal::compareTo).containsExactly(raw);
    }

    private static void add(BigDecimal[] sums, BigDecimal... values) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] = sums[i].add(values[i] == null ? BigDecimal.ZERO : values[i]);
        }
    }

    private static BigDecimal count(Object value) {
        return value == null ? null : BigDecimal.valueOf((Long) value);
    }

    // Absent or null counts nothing towards a sum: a plain sum of what the record says. LinkedIn writes a
    // spend of nothing as float noise (-2e-18): docs/contracts.md reads a magnitude below 1e-9 as zero.
    private static BigDecimal n(JsonNode data, String field) {
        JsonNode value = data.get(field);
        BigDecimal number = value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
        return number.abs().compareTo(new BigDecimal("0.000000001")) < 0 ? BigDecimal.ZERO : number;
    }
}
