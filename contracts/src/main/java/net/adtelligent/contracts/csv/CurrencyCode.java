package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import java.util.Currency;
import java.util.Locale;

/** An ISO 4217 code as users type it ("eur", " EUR "), or why it is none. */
final class CurrencyCode {

    private CurrencyCode() {
    }

    static Either<String, String> parse(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3) {
                return Either.right(Currency.getInstance(code).getCurrencyCode());
            }
        } catch (IllegalArgumentException notIso) {
            // Falls through to the reason below.
        }
        return Either.left("'" + text + "' is not a currency code (ISO 4217, such as EUR or USD)");
    }
}
