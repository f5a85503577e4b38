package net.adtelligent.domain.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * One unit of {@code base} costs {@code rate} units of {@code quote} on {@code date}, as published
 * by {@code source} (say, "ECB": EUR/USD 1.0842 means 1 EUR = 1.0842 USD).
 */
public record FxRate(LocalDate date, Currency base, Currency quote, BigDecimal rate, String source) {

    public FxRate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        if (base.equals(quote)) {
            throw new IllegalArgumentException("a rate converts between two currencies, not " + base + " into itself");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate is positive: " + base + "/" + quote + " " + rate);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("a rate names its source");
        }
        // A negative scale (1E+2) is written out, as a database gives it back.
        rate = rate.scale() < 0 ? rate.setScale(0) : rate;
    }
}
