package net.adtelligent.domain.metrics;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The metrics that set one dataset against another (docs/metrics.md, "Blended metrics"), each
 * divided once from the sums of its sides:
 * <ul>
 * <li>MER, marketing efficiency ratio: GA4 revenue ÷ ad spend;</li>
 * <li>cost per session: ad spend ÷ GA4 sessions from paid media;</li>
 * <li>paid share of clicks: ad clicks ÷ (ad clicks + organic search clicks);</li>
 * <li>the platforms' own conversions beside GA4's conversions from paid media, and GA4's ÷ the platforms'.</li>
 * </ul>
 * A side that is not there (not asked for, no data, stale) or a denominator of zero makes the value
 * none, with the gap that says why.
 */
public record BlendedMetrics(BlendedValue mer, BlendedValue costPerSession, BlendedValue paidClickShare,
                             BlendedValue platformConversions, BlendedValue paidWebConversions,
                             BlendedValue conversionsRatio) {

    public BlendedMetrics {
        Objects.requireNonNull(mer, "mer");
        Objects.requireNonNull(costPerSession, "costPerSession");
        Objects.requireNonNull(paidClickShare, "paidClickShare");
        Objects.requireNonNull(platformConversions, "platformConversions");
        Objects.requireNonNull(paidWebConversions, "paidWebConversions");
        Objects.requireNonNull(conversionsRatio, "conversionsRatio");
    }

    /** Each side: its sums, or the gap that stands for it (checked in the order ads, web, search). */
    public static BlendedMetrics of(Either<BlendedGap, AdTotals> ads, Either<BlendedGap, WebTotals> web,
                                    Either<BlendedGap, SearchTotals> search) {
        Either<BlendedGap, BigDecimal> mer = ads.flatMap(a -> web.flatMap(w ->
                divide(w.revenue(), a.spend(), BlendedGap.NO_SPEND)));
        Either<BlendedGap, BigDecimal> perSession = ads.flatMap(a -> web.flatMap(w ->
                divide(a.spend(), BigDecimal.valueOf(w.paidSessions()), BlendedGap.NO_PAID_SESSIONS)));
        Either<BlendedGap, BigDecimal> clickShare = ads.flatMap(a -> search.flatMap(s ->
                divide(BigDecimal.valueOf(a.clicks()), BigDecimal.valueOf(a.clicks() + s.clicks()), BlendedGap.NO_CLICKS)));
        Either<BlendedGap, BigDecimal> platform = ads.map(AdTotals::conversions);
        Either<BlendedGap, BigDecimal> paidWeb = web.map(WebTotals::paidConversions);
        Either<BlendedGap, BigDecimal> ratio = platform.flatMap(p -> paidWeb.flatMap(w ->
                divide(w, p, BlendedGap.NO_PLATFORM_CONVERSIONS)));
        return new BlendedMetrics(BlendedValue.of(mer), BlendedValue.of(perSession), BlendedValue.of(clickShare),
                BlendedValue.of(platform), BlendedValue.of(paidWeb), BlendedValue.of(ratio));
    }

    private static Either<BlendedGap, BigDecimal> divide(BigDecimal numerator, BigDecimal denominator, BlendedGap zero) {
        return MetricsRounding.ratio(numerator, denominator).toEither(zero);
    }
}
