package net.adtelligent.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One ads_insights record as the Airbyte connector emits it. Figures come from the day and ad, so a
 * re-sync restates the same row; later syncs add late-attributed conversions, as Meta's do.
 */
final class InsightsRecord {

    static final String ACCOUNT = "1038495720193847";
    private static final String[] CAMPAIGN_THEMES = {"Sommer-Sale", "Brand, DACH", "Retargeting", "Neukunden Café", "Black Friday"};
    private static final String[] AUDIENCES = {"Köln 25–45", "Berlin, Frauen", "Lookalike 1 %", "München \"Kaffee\"", "Broad DE"};
    private static final String[] RANKINGS = {"ABOVE_AVERAGE", "AVERAGE", "BELOW_AVERAGE_35", "UNKNOWN"};

    private final JsonGenerator json;

    InsightsRecord(JsonGenerator json) {
        this.json = json;
    }

    void write(LocalDate day, int ad, int sync, long emittedAt) throws IOException {
        SplittableRandom random = new SplittableRandom(day.toEpochDay() * 1_000_003L + ad);
        int campaign = ad / 50;
        int adset = ad / 10;
        long impressions = 50 + random.nextInt(20_000) * (1 + ad % 7);
        long reach = impressions * (70 + random.nextInt(25)) / 100;
        long clicks = impressions * (5 + random.nextInt(35)) / 1_000;
        long linkClicks = clicks * (60 + random.nextInt(30)) / 100;
        long spendCents = impressions * (300 + random.nextInt(1_200)) / 1_000;
        // Meta leaves link clicks and the action arrays out of rows without any.
        boolean quiet = random.nextInt(10) == 0;

        json.writeStartObject();
        json.writeStringField("type", "RECORD");
        json.writeObjectFieldStart("record");
        json.writeStringField("stream", "ads_insights");
        json.writeObjectFieldStart("data");
        json.writeStringField("account_id", ACCOUNT);
        json.writeStringField("account_name", "Café Müller GmbH");
        json.writeStringField("account_currency", "EUR");
        json.writeStringField("campaign_id", "2385" + (6_123_456_780_000L + campaign));
        json.writeStringField("campaign_name", CAMPAIGN_THEMES[campaign % 5] + " 2024 | " + campaign);
        json.writeStringField("adset_id", "2385" + (7_223_456_780_000L + adset));
        json.writeStringField("adset_name", AUDIENCES[adset % 5] + " #" + adset);
        json.writeStringField("ad_id", "2385" + (8_323_456_780_000L + ad));
        json.writeStringField("ad_name", (ad % 3 == 0 ? "Video – Eis 15s" : "Karussell ☀ Sommer") + " v" + ad % 10);
        json.writeStringField("date_start", day.toString());
        json.writeStringField("date_stop", day.toString());
        json.writeStringField("created_time", "2023-12-0" + (1 + campaign % 9));
        json.writeStringField("updated_time", day.toString());
        json.writeStringField("objective", "OUTCOME_SALES");
        json.writeStringField("optimization_goal", "OFFSITE_CONVERSIONS");
        json.writeStringField("buying_type", "AUCTION");
        json.writeStringField("attribution_setting", "7d_click_1d_view");
        json.writeStringField("impressions", Long.toString(impressions));
        json.writeStringField("reach", Long.toString(reach));
        json.writeStringField("frequency", ratio(impressions, reach));
        json.writeStringField("spend", BigDecimal.valueOf(spendCents, 2).toPlainString());
        json.writeStringField("clicks", Long.toString(clicks));
        json.writeStringField("unique_clicks", Long.toString(clicks * 9 / 10));
        json.writeStringField("cpm", ratio(spendCents * 10, impressions));
        json.writeStringField("ctr", ratio(clicks * 100, impressions));
        json.writeStringField("cpc", ratio(spendCents, clicks * 100));
        json.writeStringField("quality_ranking", RANKINGS[random.nextInt(4)]);
        json.writeStringField("engagement_rate_ranking", RANKINGS[random.nextInt(4)]);
        json.writeStringField("conversion_rate_ranking", RANKINGS[random.nextInt(4)]);
        if (!quiet) {
            long carts = linkClicks * random.nextInt(15) / 100;
            long purchases = carts * random.nextInt(40) / 100 + sync;
            long cartCents = carts * (2_000 + random.nextInt(8_000));
            long purchaseCents = purchases * (2_500 + random.nextInt(9_000));
            json.writeStringField("inline_link_clicks", Long.toString(linkClicks));
            json.writeStringField("cost_per_inline_link_click", ratio(spendCents, linkClicks * 100));
            actions("actions", new String[] {"link_click", "landing_page_view", "post_engagement", "page_engagement",
                "offsite_conversion.fb_pixel_add_to_cart", "offsite_conversion.fb_pixel_purchase", "omni_purchase"},
                    linkClicks, linkClicks * 8 / 10, clicks + reach / 50, clicks + reach / 40, carts, purchases, purchases);
            actions("action_values", new String[] {"offsite_conversion.fb_pixel_add_to_cart",
                "offsite_conversion.fb_pixel_purchase", "omni_purchase"}, cartCents, purchaseCents, purchaseCents);
            json.writeArrayFieldStart("cost_per_action_type");
            costPer("link_click", spendCents, linkClicks);
            costPer("offsite_conversion.fb_pixel_purchase", spendCents, purchases);
            json.writeEndArray();
            if (ad % 3 == 0) {
                actions("video_p25_watched_actions", new String[] {"video_view"}, impressions / 3);
                actions("video_p100_watched_actions", new String[] {"video_view"}, impressions / 12);
            }
        }
        json.writeEndObject();
        json.writeNumberField("emitted_at", emittedAt);
        json.writeEndObject();
        json.writeEndObject();
    }

    private void actions(String field, String[] types, long... values) throws IOException {
        boolean money = field.equals("action_values");
        json.writeArrayFieldStart(field);
        for (int i = 0; i < types.length; i++) {
            json.writeStartObject();
            json.writeStringField("action_type", types[i]);
            json.writeStringField("value", money ? BigDecimal.valueOf(values[i], 2).toPlainString() : Long.toString(values[i]));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void costPer(String type, long spendCents, long count) throws IOException {
        if (count > 0) {
            json.writeStartObject();
            json.writeStringField("action_type", type);
            json.writeStringField("value", ratio(spendCents, count * 100));
            json.writeEndObject();
        }
    }

    // Meta writes rates with up to six decimals ("3.456789").
    private static String ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator * 1_000_000L / Math.max(denominator, 1), 6).stripTrailingZeros().toPlainString();
    }
}
