package net.adtelligent.application;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.fx.Money;
import net.adtelligent.domain.fx.NotConvertible;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ReadAdPerformance;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.FxRateStore;

final class AdPerformanceReader implements ReadAdPerformance {

    private final AdPerformanceStore facts;
    private final FxRateStore rates;
    private final AccessControl access;
    private final ConnectionStore connections;

    AdPerformanceReader(AdPerformanceStore facts, FxRateStore rates, ConnectionStore connections, AccessControl access) {
        this.connections = connections;
        this.facts = facts;
        this.rates = rates;
        this.access = access;
    }

    @Override
    public Either<Rejection, Summary> read(Actor actor, Slug tenantSlug, Period period,
                                           Consumer<? super ConvertedRow> each) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).flatMap(granted -> days(period).map(days -> {
            Currency target = granted.tenant().reportingCurrency();
            CurrencyConverter converter = CurrencyConverter.of(rates.between(DateRange.of(
                    CurrencyConverter.earliestRateDay(days.first(), CurrencyConverter.DEFAULT_LOOKBACK_DAYS), days.last())));
            long[] counts = new long[2];
            Map<String, BigDecimal> unconverted = new TreeMap<>();
            Set<ConnectionId> deleted = connections.deleted(granted.tenant().id());
            facts.read(granted.tenant().id(), days, fact -> {
                ConvertedRow row = convert(converter, fact, target, deleted.contains(fact.connectionId()));
                counts[0]++;
                if (row.spend().isLeft()) {
                    counts[1]++;
                    String currency = fact.currencyCode().map(Currency::getCurrencyCode).getOrElse("unknown");
                    unconverted.merge(currency, fact.spend(), BigDecimal::add);
                }
                each.accept(row);
            });
            return new Summary(target, counts[0], counts[1], unconverted);
        }));
    }

    private static ConvertedRow convert(CurrencyConverter converter, AdPerformanceDaily fact, Currency target,
                                        boolean fromDeletedConnection) {
        Either<NotConvertible, Money> spend = converter.convert(fact.currencyCode(), fact.spend(), fact.dateDay(), target);
        Either<NotConvertible, Money> value =
                converter.convert(fact.currencyCode(), fact.conversionsValue(), fact.dateDay(), target);
        return new ConvertedRow(fact, spend, value, fromDeletedConnection);
    }

    static Either<Rejection, DateRange> days(Period period) {
        List<FieldViolation> problems = new ArrayList<>();
        LocalDate first = day("start", period.start().getOrNull(), problems);
        LocalDate last = day("end", period.end().getOrNull(), problems);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldViolation("end", "is before start"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                problems.add(new FieldViolation("end", "makes the period longer than " + MAX_DAYS + " days"));
            }
        }
        return problems.isEmpty() ? Either.right(DateRange.of(first, last)) : Either.left(new FactRejection.Invalid(problems));
    }

    private static LocalDate day(String field, String text, List<FieldViolation> problems) {
        if (text == null || text.isEmpty()) {
            problems.add(new FieldViolation(field, "is required, as an ISO date such as 2024-05-01"));
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation(field, "is not an ISO date such as 2024-05-01"));
            return null;
        }
        if (!PlausibleDates.plausible(day)) {
            problems.add(new FieldViolation(field, PlausibleDates.OUTSIDE));
            return null;
        }
        return day;
    }
}
