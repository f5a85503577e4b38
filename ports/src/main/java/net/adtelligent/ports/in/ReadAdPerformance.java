package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fx.Money;
import net.adtelligent.domain.fx.NotConvertible;
import net.adtelligent.domain.tenant.Slug;

/**
 * A tenant's ad facts of a period with their money in the tenant's reporting currency, converted
 * with the rate of each row's day. A row whose money cannot be converted says why; it is counted,
 * never summed in the wrong currency. Needs the metrics permission.
 */
public interface ReadAdPerformance {

    int MAX_DAYS = 366;

    /** Rows go to {@code each} as read. */
    Either<Rejection, Summary> read(Actor actor, Slug tenant, Period period, Consumer<? super ConvertedRow> each);

    /**
     * The days to read as a user typed them, checked by {@link #read}: {@code start}, {@code end}
     * ISO dates, both required and included, at most {@link #MAX_DAYS} days.
     */
    record Period(Option<String> start, Option<String> end) {
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /** Text as typed; null is left out, and so refused as missing. */
        public static Period asTyped(String start, String end) {
            return new Period(Option.of(start), Option.of(end));
        }

        public static Period of(LocalDate first, LocalDate last) {
            return new Period(Option.of(first.toString()), Option.of(last.toString()));
        }
    }

    /** {@code fromDeletedConnection}: the connection the row came through has been deleted since; the row stays. */
    record ConvertedRow(AdPerformanceDaily fact, Either<NotConvertible, Money> spend,
                        Either<NotConvertible, Money> conversionsValue, boolean fromDeletedConnection) {
        public ConvertedRow {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(spend, "spend");
            Objects.requireNonNull(conversionsValue, "conversionsValue");
        }

        public ConvertedRow(AdPerformanceDaily fact, Either<NotConvertible, Money> spend,
                            Either<NotConvertible, Money> conversionsValue) {
            this(fact, spend, conversionsValue, false);
        }
    }

    /** The reporting currency, rows read, rows whose spend could not be converted, and their spend by currency as stored. */
    record Summary(Currency reportingCurrency, long rows, long notConvertible, Map<String, BigDecimal> unconvertedSpend) {
    }
}
