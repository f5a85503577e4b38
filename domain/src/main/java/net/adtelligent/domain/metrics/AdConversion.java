package net.adtelligent.domain.metrics;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.fx.Money;
import net.adtelligent.domain.fx.NotConvertible;

/**
 * The warehouse's sums in the reporting currency, each with the rate of its day: one row per sum
 * (campaign kept where the sum has one). Sums that cannot be converted are counted by currency.
 */
public record AdConversion(List<CombinedRow> rows, long unconvertedRows, Map<String, BigDecimal> unconvertedSpend) {

    public AdConversion {
        rows = List.copyOf(rows);
        unconvertedSpend = Map.copyOf(unconvertedSpend);
    }

    public static AdConversion of(List<AdAggregate> sums, CurrencyConverter converter, Currency target) {
        List<CombinedRow> rows = new ArrayList<>();
        long unconverted = 0;
        Map<String, BigDecimal> spend = new TreeMap<>();
        for (AdAggregate sum : sums) {
            Either<NotConvertible, Money> money = converter.convert(sum.currency(), sum.totals().spend(), sum.day(), target);
            Either<NotConvertible, Money> value =
                    converter.convert(sum.currency(), sum.totals().conversionsValue(), sum.day(), target);
            if (money.isLeft() || value.isLeft()) {
                unconverted += sum.rows();
                spend.merge(sum.currency().map(Currency::getCurrencyCode).getOrElse("unknown"), sum.totals().spend(),
                        BigDecimal::add);
                continue;
            }
            rows.add(new CombinedRow(sum.day(), Option.of(sum.platform()), sum.campaignId(), sum.campaignName(),
                    new AdTotals(money.get().amount(), sum.totals().impressions(), sum.totals().clicks(),
                            sum.totals().conversions(), value.get().amount())));
        }
        return new AdConversion(rows, unconverted, spend);
    }
}
