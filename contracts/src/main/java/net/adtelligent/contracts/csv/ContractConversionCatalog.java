package net.adtelligent.contracts.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.Mapping;
import net.adtelligent.contracts.Selection;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.fact.ConversionSetting;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.ConversionCatalog;

/**
 * The conversion settings the data contracts define: each distinct {@code setting} of a selection
 * (Meta action types, LinkedIn conversion fields), with its platform and defaults, described by
 * where the contracts use it, so the description cannot drift from the files.
 */
public final class ContractConversionCatalog implements ConversionCatalog {

    private final List<ConversionSetting> settings;

    /** @throws IllegalStateException when two uses of one setting have different defaults: a tenant makes one choice */
    public ContractConversionCatalog(Contracts contracts) {
        Map<String, List<Use>> uses = new LinkedHashMap<>();
        for (StreamContract contract : contracts.all()) {
            contract.mapping().forEach((column, mapping) -> selections(mapping, contract, column)
                    .forEach(use -> uses.computeIfAbsent(use.selection().setting(), name -> new ArrayList<>()).add(use)));
        }
        this.settings = uses.entrySet().stream().map(entry -> setting(entry.getKey(), entry.getValue())).toList();
    }

    public ContractConversionCatalog() {
        this(Contracts.load());
    }

    @Override
    public List<ConversionSetting> settings() {
        return settings;
    }

    /** One place a contract applies a selection: which stream, which unified column, reading what. */
    private record Use(StreamContract contract, String column, Selection selection, String what, String reads) {
    }

    private static List<Use> selections(Mapping mapping, StreamContract contract, String column) {
        if (mapping instanceof Mapping.SumByActionType sum) {
            return List.of(new Use(contract, column, sum.actionTypes(), "action types counted as ",
                    sum.field().toString().substring(1)));
        } else if (mapping instanceof Mapping.SumOfFields sum) {
            return List.of(new Use(contract, column, sum.fields(), "metrics summed as ", ""));
        } else if (mapping instanceof Mapping.Field field) {
            return field.orElse().map(fallback -> selections(fallback, contract, column)).orElse(List.of());
        } else if (mapping instanceof Mapping.ResourceSegment segment) {
            return segment.orElse().map(fallback -> selections(fallback, contract, column)).orElse(List.of());
        }
        return List.of();
    }

    private static ConversionSetting setting(String name, List<Use> uses) {
        Use first = uses.get(0);
        for (Use use : uses) {
            if (!use.selection().defaults().equals(first.selection().defaults())) {
                throw new IllegalStateException("setting " + name + " has different defaults in " + first.contract().stream()
                        + " " + first.column() + " and " + use.contract().stream() + " " + use.column());
            }
        }
        return new ConversionSetting(name, Platform.valueOf(first.contract().platform()), description(uses),
                first.selection().defaults());
    }

    // "Meta action types counted as conversions and conversions value (ads_insights: actions / action_values)"
    private static String description(List<Use> uses) {
        Use first = uses.get(0);
        String platform = PlatformNames.of(Platform.valueOf(first.contract().platform()));
        String columns = String.join(" and ", uses.stream().map(use -> use.column().replace('_', ' ')).distinct().toList());
        String streams = String.join(", ", uses.stream().map(use -> use.contract().stream()).distinct()
                .map(stream -> stream.substring(stream.indexOf('.') + 1)).toList());
        List<String> reads = uses.stream().map(Use::reads).filter(read -> !read.isEmpty()).distinct().toList();
        return platform + " " + first.what() + columns + " (" + streams
                + (reads.isEmpty() ? "" : ": " + String.join(" / ", reads)) + ")";
    }
}
