package net.adtelligent.domain.fx;

import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/**
 * Why an amount could not be converted: reported with the row, never summed in the wrong currency.
 * The HTTP API shows it in the row, not as a problem response; the kind and code are there for an
 * embedder that refuses a whole request on it.
 */
public sealed interface NotConvertible extends Rejection {

    /** The row does not say its currency (and none is guessed). */
    record UnknownCurrency(LocalDate date, Currency target) implements NotConvertible {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.UNPROCESSABLE, "currency-unknown", "Currency unknown");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the currency of the amount on " + date + " is unknown, so it cannot be converted into " + target;
        }
    }

    /** No rate, direct, inverse or through a pivot currency, on the day or the days before it. */
    record NoRate(Currency from, Currency to, LocalDate date, int lookbackDays) implements NotConvertible {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.UNPROCESSABLE, "no-exchange-rate", "No exchange rate");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no " + from + "/" + to + " rate on " + date + " nor in the " + lookbackDays + " days before";
        }
    }
}
