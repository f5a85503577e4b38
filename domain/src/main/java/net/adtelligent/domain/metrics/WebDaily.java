package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * GA4 per day (and property currency, as the warehouse sums it; in the reporting currency in a
 * snapshot). {@code users} adds the rows' distinct users, so a user counted in two rows counts
 * twice: GA4 cannot sum distinct users, and the snapshot says so rather than hide it.
 */
public record WebDaily(LocalDate day, Option<Currency> currency, long sessions, long users, BigDecimal conversions,
                       BigDecimal revenue) {

    public WebDaily {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(revenue, "revenue");
    }
}
