package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one rounding rule of every metrics answer (docs/metrics.md, "Rounding"). Sums are kept at
 * full precision; money is rounded only when it is answered, to the minor units of its currency
 * (ISO 4217: cents for EUR, none for JPY, thousandths for KWD), half-even, so a column of many
 * half-cents does not drift upwards. Ratios and averages are divided once from the full-precision
 * sums, to {@link #RATIO_DECIMALS} decimal places, half-even. A total is rounded from its own
 * full-precision sum, so it may differ from the sum of the rounded rows by up to half a minor unit
 * per row.
 */
public final class MetricsRounding {

    public static final RoundingMode MODE = RoundingMode.HALF_EVEN;
    public static final int RATIO_DECIMALS = 6;

    private MetricsRounding() {
    }

    /** Decimal places of the currency's minor unit; 2 for the few codes ISO 4217 gives none (XAU, XXX). */
    public static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    public static BigDecimal money(BigDecimal amount, Currency currency) {
        return amount.setScale(minorUnits(currency), MODE);
    }

    /** numerator ÷ denominator to {@link #RATIO_DECIMALS} places; none where the denominator is zero. */
    public static Option<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? Option.none() : Option.of(numerator.divide(denominator, RATIO_DECIMALS, MODE));
    }
}
