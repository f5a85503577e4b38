package net.adtelligent.bootstrap.demo;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;

/**
 * One series of ad rows: a campaign, ad group or ad at the finest level its platform reports,
 * with its plan and its schedule. Spend follows the plan and the account's rhythm; clicks,
 * impressions, conversions and their value follow from spend through the plan's ratios.
 */
record AdLine(Account account, String campaignId, String campaignName, Option<String> adGroupId,
              Option<String> adGroupName, Option<String> adId, Option<String> adName, Plan plan, Schedule schedule) {

    /** An ad account; Google Ads reports data-driven (fractional) conversions, the others whole ones. */
    record Account(Platform platform, String id, String name, Currency currency, Rhythm rhythm,
                   boolean fractionalConversions) {
    }

    /** A day's planned spend in the account's currency, and how it turns into clicks and sales. */
    record Plan(double dailySpend, double cpc, double ctr, double conversionRate, double orderValue) {
    }

    /** When the line runs, in days before the year's last day; a new campaign spends little while it learns. */
    record Schedule(long launchedDaysAgo, long pausedDaysAgo) {
        static final Schedule ALWAYS = new Schedule(Long.MAX_VALUE, -1);
        private static final double LEARNING_DAYS = 14;

        static Schedule launched(long daysAgo) {
            return new Schedule(daysAgo, -1);
        }

        /** Paused on the day {@code daysAgo} before the last, and since. */
        static Schedule paused(long daysAgo) {
            return new Schedule(Long.MAX_VALUE, daysAgo);
        }

        double level(long daysAgo) {
            if (daysAgo > launchedDaysAgo || daysAgo <= pausedDaysAgo) {
                return 0;
            }
            return launchedDaysAgo == Long.MAX_VALUE ? 1 : Math.min(1, (launchedDaysAgo - daysAgo + 1) / LEARNING_DAYS);
        }
    }

    /** The row of {@code day}, none while the line does not run. */
    Option<AdPerformanceDaily> on(Frame frame, ConnectionId connection, LocalDate day) {
        double level = schedule.level(frame.daysAgo(day));
        if (level == 0) {
            return Option.none();
        }
        Noise noise = frame.noise(series(), day);
        BigDecimal spend = money(plan.dailySpend() * level * frame.rhythm(account.rhythm(), day) * noise.factor(0.15));
        long clicks = Math.max(1, Math.round(spend.doubleValue() / (plan.cpc() * noise.factor(0.08))));
        long impressions = Math.round(clicks / (plan.ctr() * noise.factor(0.10)));
        double expected = clicks * plan.conversionRate() * noise.factor(0.25);
        BigDecimal conversions = account.fractionalConversions()
                ? BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(Math.round(expected));
        BigDecimal value = money(conversions.doubleValue() * plan.orderValue() * noise.factor(0.15));
        return Option.of(AdPerformanceDaily.builder().tenantId(frame.tenant()).connectionId(connection)
                .platform(account.platform()).dateDay(day).accountId(account.id()).accountName(account.name())
                .campaignId(campaignId).campaignName(campaignName).adGroupId(adGroupId.getOrNull())
                .adGroupName(adGroupName.getOrNull()).adId(adId.getOrNull()).adName(adName.getOrNull())
                .currencyCode(account.currency()).spend(spend).impressions(impressions).clicks(clicks)
                .conversions(conversions).conversionsValue(value).sourceExtractedAt(frame.extractedAt()).build());
    }

    String series() {
        return account.platform() + ":" + campaignId + ":" + adGroupId.getOrElse("") + ":" + adId.getOrElse("");
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
