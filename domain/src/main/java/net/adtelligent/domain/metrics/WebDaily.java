package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * GA4 per day, session source and medium (and property currency, as the warehouse sums it; in the
 * reporting currency in a snapshot). Source and medium are as GA4 names them, "(not set)" where
 * a row had none. {@code users} adds the rows' distinct users, so a user counted in two rows
 * counts twice: GA4 cannot sum distinct users, and the snapshot says so rather than hide it.
 */
public record WebDaily(LocalDate day, String source, String medium, Option<Currency> currency, long sessions, long users,
                       BigDecimal conversions, BigDecimal revenue) {

    public static final String NOT_SET = "(not set)";

    public WebDaily {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(revenue, "revenue");
    }

    /** Two sums of the same day, source and medium added up (the first one's currency kept). */
    public WebDaily plus(WebDaily other) {
        return new WebDaily(day, source, medium, currency, sessions + other.sessions, users + other.users,
                conversions.add(other.conversions), revenue.add(other.revenue));
    }

    public WebTotals totals() {
        boolean paid = ChannelGroup.paid(medium);
        return new WebTotals(sessions, users, conversions, revenue, paid ? sessions : 0,
                paid ? conversions : BigDecimal.ZERO);
    }
}
