package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Many records of two streams from a fixed seed, dense enough in keys that most are restated,
 * some with an earlier extraction than the row they follow, some at the same one; a few break
 * the contract and a few are refused by the domain, so every path of a batch is taken.
 */
final class GeneratedRecords {

    private static final long[] EMITTED = {1714600000000L, 1714650000000L, 1714700000000L};

    private GeneratedRecords() {
    }

    /** Google Ads campaign hours and networks, which the contract sums to the day. */
    static List<SourceRecord> googleCampaignHours(int count, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode data = RecordReader.JSON.createObjectNode();
            int campaign = 111 + random.nextInt(6);
            // Now and then a restatement names another customer: the key does not fix the grain.
            String customer = random.nextInt(20) == 0 ? "555" : "1234567890";
            if (random.nextBoolean()) {
                data.put("campaign.id", campaign);
            } else {
                data.put("campaign.id", String.valueOf(campaign));
            }
            data.put("campaign.name", "Kampagne " + campaign + " – v" + random.nextInt(3));
            data.put("campaign.resource_name", "customers/" + customer + "/campaigns/" + campaign);
            data.put("segments.date", random.nextInt(40) == 0 ? "2024-02-30" : "2024-05-0" + (1 + random.nextInt(4)));
            data.put("segments.hour", random.nextInt(12));
            data.put("segments.ad_network_type", random.nextBoolean() ? "SEARCH" : "CONTENT");
            data.put("metrics.cost_micros", (random.nextInt(50) == 0 ? -1 : 1) * random.nextInt(9_999_999));
            data.put("metrics.impressions", String.valueOf(random.nextInt(1000)));
            data.put("metrics.clicks", random.nextInt(40));
            if (random.nextInt(4) > 0) {
                data.put("metrics.conversions", decimal(random));
            }
            data.put("metrics.conversions_value", decimal(random));
            lines.add(line("campaign", data, random));
        }
        return read(lines);
    }

    /** Search Console queries: one row per key, nothing summed, ratios the domain checks. */
    static List<SourceRecord> searchConsoleQueries(int count, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode data = RecordReader.JSON.createObjectNode();
            data.put("site_url", random.nextBoolean() ? "sc-domain:bäckerei.example" : "https://café.example/");
            data.put("search_type", random.nextBoolean() ? "web" : "image");
            data.put("date", "2024-05-0" + (1 + random.nextInt(5)));
            data.put("query", random.nextInt(40) == 0 ? null : "frage " + random.nextInt(20));
            data.put("clicks", random.nextInt(50));
            data.put("impressions", String.valueOf(50 + random.nextInt(1000)));
            data.put("ctr", random.nextInt(50) == 0 ? "4.42" : "0.0" + random.nextInt(500));
            data.put("position", decimal(random));
            lines.add(line("search_analytics_by_query", data, random));
        }
        return read(lines);
    }

    // Scales differ on purpose (1.5, 1.50, 2): sums and spilled values must keep them.
    private static String decimal(Random random) {
        String whole = String.valueOf(random.nextInt(30));
        return switch (random.nextInt(3)) {
            case 0 -> whole;
            case 1 -> whole + "." + random.nextInt(10);
            default -> whole + "." + random.nextInt(10) + "0";
        };
    }

    // Some lines carry no emitted_at and take the normaliser's extraction time instead.
    private static String line(String stream, ObjectNode data, Random random) {
        ObjectNode record = RecordReader.JSON.createObjectNode().put("stream", stream);
        record.set("data", data);
        if (random.nextInt(10) > 0) {
            record.put("emitted_at", EMITTED[random.nextInt(EMITTED.length)]);
        }
        return record.toString();
    }

    private static List<SourceRecord> read(List<String> lines) {
        List<SourceRecord> records = new ArrayList<>();
        new RecordReader(new StringReader(String.join("\n", lines))).forEachRemaining(records::add);
        return records;
    }
}
