package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.Granularity;
import net.adtelligent.domain.metrics.WebGrouping;
import net.adtelligent.ports.in.CombinedMetrics.Query;

/** The combined view's parameters as typed, checked: every wrong one named, with what it should be. */
final class CombinedQueryCheck {

    record Checked(DateRange days, Set<Platform> platforms, Granularity granularity, GroupBy groupBy,
                   Set<Dataset> datasets, WebGrouping webGrouping) {
    }

    private CombinedQueryCheck() {
    }

    static Either<List<FieldViolation>, Checked> check(Query query, DateRange defaults, int maxDays) {
        List<FieldViolation> problems = new ArrayList<>();
        LocalDate start = day("start", query.start(), defaults.first(), problems);
        LocalDate end = day("end", query.end(), defaults.last(), problems);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problems.add(new FieldViolation("end", "is before start"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
                problems.add(new FieldViolation("end", "makes the period longer than the maximum of " + maxDays + " days"));
            }
        }
        Set<Platform> platforms = platforms(query.platforms(), problems);
        Granularity granularity = choice("granularity", query.granularity(), Granularity.class, Granularity.DAY, problems);
        GroupBy groupBy = choice("group_by", query.groupBy(), GroupBy.class, GroupBy.PLATFORM, problems);
        Set<Dataset> datasets = datasets(query.datasets(), problems);
        WebGrouping web = choice("web_group_by", query.webGroupBy(), WebGrouping.class, WebGrouping.SOURCE_MEDIUM, problems);
        return problems.isEmpty()
                ? Either.right(new Checked(DateRange.of(start, end), platforms, granularity, groupBy, datasets, web))
                : Either.left(problems);
    }

    private static LocalDate day(String field, Option<String> text, LocalDate fallback, List<FieldViolation> problems) {
        LocalDate day;
        try {
            day = text.map(LocalDate::parse).getOrElse(fallback);
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

    private static Set<Platform> platforms(Option<String> text, List<FieldViolation> problems) {
        Set<Platform> all = EnumSet.noneOf(Platform.class);
        Arrays.stream(Platform.values()).filter(Platform::reportsAdPerformance).forEach(all::add);
        if (text.isEmpty()) {
            return all;
        }
        Set<Platform> chosen = EnumSet.noneOf(Platform.class);
        for (String name : text.get().split(",", -1)) {
            Platform known = Arrays.stream(Platform.values()).filter(p -> p.name().equalsIgnoreCase(name.strip()))
                    .filter(all::contains).findFirst().orElse(null);
            if (known == null) {
                problems.add(new FieldViolation("platforms", "'" + name.strip() + "' is not an ad platform; they are "
                        + all.stream().map(Platform::name).collect(Collectors.joining(", "))));
                return all;
            }
            chosen.add(known);
        }
        return chosen;
    }

    private static Set<Dataset> datasets(Option<String> text, List<FieldViolation> problems) {
        if (text.isEmpty()) {
            return EnumSet.allOf(Dataset.class);
        }
        Set<Dataset> chosen = EnumSet.noneOf(Dataset.class);
        for (String name : text.get().split(",", -1)) {
            Dataset known = Arrays.stream(Dataset.values()).filter(d -> d.wireName().equals(name.strip())).findFirst()
                    .orElse(null);
            if (known == null) {
                problems.add(new FieldViolation("datasets", "'" + name.strip() + "' is not a dataset; they are "
                        + Arrays.stream(Dataset.values()).map(Dataset::wireName).collect(Collectors.joining(", "))));
                return EnumSet.allOf(Dataset.class);
            }
            chosen.add(known);
        }
        return chosen;
    }

    private static <E extends Enum<E>> E choice(String field, Option<String> text, Class<E> type, E fallback,
                                                List<FieldViolation> problems) {
        if (text.isEmpty()) {
            return fallback;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase().equals(text.get())) {
                return value;
            }
        }
        problems.add(new FieldViolation(field, "must be one of: " + Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase()).collect(Collectors.joining(", "))));
        return fallback;
    }
}
