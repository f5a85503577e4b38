package net.adtelligent.domain.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, at full precision. Rounding is for display only
 * ({@link #roundedForDisplay()}): sums are taken of unrounded amounts, so a total is not off by
 * the rounding of each of its rows.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Sums in one currency only: adding another is the silent wrong-currency sum this type exists to stop. */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency + "; convert first");
        }
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Rounded to the currency's minor unit (2 for EUR, 0 for JPY), half to even, so rounding a
     * column of figures does not drift upwards. Currencies without a minor unit keep their scale.
     */
    public Money roundedForDisplay() {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? this : new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    /** Equal amounts whatever their scale: 12.5 EUR is 12.50 EUR. */
    public boolean isSameAmountAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }
}
