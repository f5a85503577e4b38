package net.adtelligent.domain.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * GA4 measures summed, revenue in one currency, with the part of the sessions and conversions
 * that came from paid media (by the medium: {@link ChannelGroup#paid}).
 */
public record WebTotals(long sessions, long users, BigDecimal conversions, BigDecimal revenue, long paidSessions,
                        BigDecimal paidConversions) {

    public static final WebTotals ZERO = new WebTotals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    public WebTotals {
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(paidConversions, "paidConversions");
    }

    public WebTotals plus(WebTotals other) {
        return new WebTotals(sessions + other.sessions, users + other.users, conversions.add(other.conversions),
                revenue.add(other.revenue), paidSessions + other.paidSessions, paidConversions.add(other.paidConversions));
    }
}
