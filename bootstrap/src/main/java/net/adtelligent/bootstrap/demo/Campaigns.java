package net.adtelligent.bootstrap.demo;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.adtelligent.bootstrap.demo.AdLine.Account;
import net.adtelligent.bootstrap.demo.AdLine.Plan;
import net.adtelligent.bootstrap.demo.AdLine.Schedule;
import net.adtelligent.domain.fact.Platform;

/**
 * The demo agency's ad accounts: a home-goods shop on every ad platform, its Google Ads account
 * in US dollars (the second currency), the rest in euros. Ids look like each platform's own.
 * Plans are chosen for believable ratios: CPC 0.3 to 3, CTR 0.6 to 3 %, conversion rate 1 to 5 %,
 * ROAS about 1.8 to 4.8.
 */
final class Campaigns {

    /** Google's new campaign started about four months before the last day. */
    static final long LAUNCHED_DAYS_AGO = 122;
    /** Google's clearance campaign has been paused for the last six weeks (this day and the 41 after it). */
    static final long PAUSED_DAYS_AGO = 41;
    static final String LAUNCHED_CAMPAIGN = "21000000002";
    static final String PAUSED_CAMPAIGN = "21000000003";

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static final Account META = new Account(Platform.META_ADS, "1020304050", "Demo Shop", EUR, Rhythm.SOCIAL, false);
    private static final Account GOOGLE = new Account(Platform.GOOGLE_ADS, "4815162342", "Demo Shop US", USD, Rhythm.SEARCH, true);
    private static final Account MICROSOFT = new Account(Platform.MICROSOFT_ADS, "187654321", "Demo Shop", EUR, Rhythm.SEARCH, false);
    private static final Account LINKEDIN = new Account(Platform.LINKEDIN_ADS, "508123456", "Demo Shop Trade", EUR, Rhythm.B2B, false);
    private static final Account TIKTOK = new Account(Platform.TIKTOK_ADS, "7301234567890123456", "Demo Shop", EUR, Rhythm.SOCIAL, false);

    private Campaigns() {
    }

    static List<AdLine> all() {
        List<AdLine> lines = new ArrayList<>();
        Plan prospecting = new Plan(0, 0.62, 0.012, 0.019, 68);
        String broad = "120210000000001";
        ad(lines, META, broad, "Prospecting – Broad", "120210000000101", "Lookalike 1 %", "120210000001001",
                "Video – Autumn collection", withSpend(prospecting, 58));
        ad(lines, META, broad, "Prospecting – Broad", "120210000000101", "Lookalike 1 %", "120210000001002",
                "Carousel – Bestsellers", withSpend(prospecting, 44));
        ad(lines, META, broad, "Prospecting – Broad", "120210000000102", "Interests – Home & living", "120210000001003",
                "Video – Autumn collection", withSpend(prospecting, 40));
        ad(lines, META, broad, "Prospecting – Broad", "120210000000102", "Interests – Home & living", "120210000001004",
                "Carousel – Bestsellers", withSpend(prospecting, 31));
        Plan retargeting = new Plan(0, 0.88, 0.016, 0.041, 74);
        String again = "120210000000002";
        ad(lines, META, again, "Retargeting – 30 days", "120210000000201", "Site visitors 30 d", "120210000002001",
                "Dynamic – Viewed products", withSpend(retargeting, 22));
        ad(lines, META, again, "Retargeting – 30 days", "120210000000201", "Site visitors 30 d", "120210000002002",
                "Static – Free shipping", withSpend(retargeting, 15));
        ad(lines, META, again, "Retargeting – 30 days", "120210000000202", "Added to cart 14 d", "120210000002003",
                "Dynamic – Viewed products", withSpend(retargeting, 14));
        ad(lines, META, again, "Retargeting – 30 days", "120210000000202", "Added to cart 14 d", "120210000002004",
                "Static – Free shipping", withSpend(retargeting, 10));

        // Google reports these at campaign level (Performance Max has no ad groups to speak of).
        lines.add(campaign(GOOGLE, "21000000001", "Search – Brand", new Plan(85, 0.80, 0.029, 0.048, 80), Schedule.ALWAYS));
        lines.add(campaign(GOOGLE, LAUNCHED_CAMPAIGN, "Performance Max – New collection",
                new Plan(140, 1.10, 0.014, 0.026, 88), Schedule.launched(LAUNCHED_DAYS_AGO)));
        lines.add(campaign(GOOGLE, PAUSED_CAMPAIGN, "Shopping – Clearance", new Plan(95, 0.60, 0.011, 0.020, 60),
                Schedule.paused(PAUSED_DAYS_AGO)));

        Plan generic = new Plan(0, 0.70, 0.022, 0.032, 78);
        adGroup(lines, MICROSOFT, "412000001", "Search – Generic", "1310000001", "Furniture", withSpend(generic, 22));
        adGroup(lines, MICROSOFT, "412000001", "Search – Generic", "1310000002", "Lighting", withSpend(generic, 14));

        // LinkedIn's campaign group is the campaign, its campaign the ad group, its creative the ad.
        Plan leads = new Plan(0, 2.70, 0.006, 0.030, 180);
        ad(lines, LINKEDIN, "619000001", "Trade buyers", "190000001", "Lead gen – Decision makers", "7000000001",
                "Single image – Catalogue", withSpend(leads, 70));
        ad(lines, LINKEDIN, "619000001", "Trade buyers", "190000001", "Lead gen – Decision makers", "7000000002",
                "Document – Trade price list", withSpend(leads, 45));

        Plan spark = new Plan(0, 0.32, 0.009, 0.011, 52);
        ad(lines, TIKTOK, "1790000000000001", "Spark ads – Home tours", "1790000000000101", "DACH 18–34",
                "1790000000001001", "Creator tour – Living room", withSpend(spark, 35));
        ad(lines, TIKTOK, "1790000000000001", "Spark ads – Home tours", "1790000000000101", "DACH 18–34",
                "1790000000001002", "Before and after – Lighting", withSpend(spark, 25));
        return List.copyOf(lines);
    }

    private static Plan withSpend(Plan plan, double dailySpend) {
        return new Plan(dailySpend, plan.cpc(), plan.ctr(), plan.conversionRate(), plan.orderValue());
    }

    private static AdLine campaign(Account account, String id, String name, Plan plan, Schedule schedule) {
        return new AdLine(account, id, name, Option.none(), Option.none(), Option.none(), Option.none(), plan, schedule);
    }

    private static void adGroup(List<AdLine> lines, Account account, String campaignId, String campaignName,
                                String adGroupId, String adGroupName, Plan plan) {
        lines.add(new AdLine(account, campaignId, campaignName, Option.of(adGroupId), Option.of(adGroupName),
                Option.none(), Option.none(), plan, Schedule.ALWAYS));
    }

    private static void ad(List<AdLine> lines, Account account, String campaignId, String campaignName, String adGroupId,
                           String adGroupName, String adId, String adName, Plan plan) {
        lines.add(new AdLine(account, campaignId, campaignName, Option.of(adGroupId), Option.of(adGroupName),
                Option.of(adId), Option.of(adName), plan, Schedule.ALWAYS));
    }
}
