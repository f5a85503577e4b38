package net.adtelligent.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Google Ads ad report as the UI exports it to CSV (the title lines above the header left out):
 * four accounts in three currencies, 2,000 ads in 500 ad groups of 100 campaigns, one row per ad and
 * day, so every row is a key of its own and the import stores as many rows as the file has. Names
 * carry commas, quotes and non-ASCII letters now and then, as marketers' names do; numbers are plain
 * decimals, the one form COPY reads too, so both sides read the very same bytes.
 */
public final class CsvExportFile {

    public static final String HEADER = "Day,Customer ID,Account,Campaign ID,Campaign,Ad group ID,Ad group,Ad ID,"
            + "Ad name,Currency code,Cost,Impr.,Clicks,Conversions,Conv. value";
    /** The header's columns as SQL, for the plain table COPY fills. */
    public static final List<String> COLUMNS = List.of("day date", "customer_id text", "account text",
            "campaign_id text", "campaign text", "ad_group_id text", "ad_group text", "ad_id text", "ad_name text",
            "currency_code text", "cost numeric", "impressions bigint", "clicks bigint", "conversions numeric",
            "conversions_value numeric");
    public static final int ADS = 2_000;

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final String[] ACCOUNTS = {"Nordwind Outdoor DE", "Nordwind Outdoor US", "Nordwind Outdoor UK",
        "Nordwind Outdoor AT"};
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "EUR"};
    private static final String[] THEMES = {"Brand | Exact", "Generic, Broad", "Wanderschuhe – Phrase",
        "Summer \"Sale\" DSA", "Competitors, Exact"};

    private CsvExportFile() {
    }

    public record Written(long rows, long bytes, long days) {
    }

    /** Writes the header and {@code rows} rows, the same ones for the same count (a fixed seed). */
    public static Written write(Path file, long rows) throws IOException {
        String[] ads = new String[ADS];
        for (int ad = 0; ad < ADS; ad++) {
            ads[ad] = adColumns(ad);
        }
        SplittableRandom random = new SplittableRandom(2024);
        StringBuilder line = new StringBuilder(256);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (long row = 0; row < rows; row++) {
                int ad = (int) (row % ADS);
                line.setLength(0);
                line.append(FIRST_DAY.plusDays(row / ADS)).append(',').append(ads[ad]).append(',');
                long impressions = 20 + random.nextLong(4_000 + ad % 97 * 40L);
                long clicks = impressions * random.nextInt(5, 800) / 10_000;
                long costCents = clicks * random.nextInt(15, 320);
                // Conversions in hundredths: attribution models give Google Ads fractional conversions.
                long conversionHundredths = clicks * random.nextInt(0, 1_200) / 100;
                long valueCents = conversionHundredths * random.nextInt(20, 150);
                twoDecimals(line, costCents).append(',').append(impressions).append(',').append(clicks).append(',');
                twoDecimals(line, conversionHundredths).append(',');
                twoDecimals(line, valueCents).append('\n');
                out.append(line);
            }
        }
        return new Written(rows, Files.size(file), (rows + ADS - 1) / ADS);
    }

    // Everything of a row between the day and the cost is the ad's own; built once, not per row.
    private static String adColumns(int ad) {
        int account = ad / 500;
        int campaign = ad / 20;
        int group = ad / 4;
        return String.join(",",
                String.format("%03d-%03d-%04d", 123 + account, 456 + account * 7, 7_890 + account * 13),
                ACCOUNTS[account],
                Long.toString(20_100_000_000L + campaign * 7_919L),
                quoted(THEMES[campaign % THEMES.length] + " #" + (campaign + 1)),
                Long.toString(150_300_000_000L + group * 104_729L),
                quoted((group % 3 == 0 ? "Trekkingstöcke " : "Trail running shoes, ") + (group + 1)),
                Long.toString(690_000_000_000L + ad * 15_485_863L),
                quoted("RSA " + (ad + 1) + (ad % 2 == 0 ? " – Free shipping" : " \"-20%\" Spring")),
                CURRENCIES[account]);
    }

    private static String quoted(String field) {
        boolean plain = field.indexOf(',') < 0 && field.indexOf('"') < 0;
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    private static StringBuilder twoDecimals(StringBuilder line, long hundredths) {
        long rest = hundredths % 100;
        return line.append(hundredths / 100).append('.').append(rest < 10 ? "0" : "").append(rest);
    }
}
