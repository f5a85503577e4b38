package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that span several keys of one contract file: every field it reads is declared in its
 * schema with a type its transform can take, every column of its fact is accounted for, and grain,
 * context lookups and day aggregation make sense together. Run at load, so a contract that the
 * normaliser could only interpret by guessing never loads.
 */
final class ContractChecks {

    private final StreamContract contract;
    private final String file;

    private ContractChecks(StreamContract contract, String file) {
        this.contract = contract;
        this.file = file;
    }

    static void check(StreamContract contract, String file) {
        ContractChecks checks = new ContractChecks(contract, file);
        checks.declared();
        checks.coverage();
        contract.mapping().forEach((column, mapping) -> checks.mapping(column, mapping, "mapping." + column));
        checks.grain();
        checks.aggregation();
        checks.variants();
    }

    private void declared() {
        for (int i = 0; i < contract.primaryKey().size(); i++) {
            rule(contract.primaryKey().get(i), "primary_key[" + i + "]");
        }
        contract.cursor().ifPresent(cursor -> rule(cursor, "cursor"));
        rule(contract.date().field(), "date.field");
    }

    private void coverage() {
        if (contract.isContext()) {
            return;
        }
        for (Column column : contract.fact().mappedColumns()) {
            if (contract.mappingOf(column.name()).isEmpty()) {
                fail("mapping." + column.name(), "missing: map the column or say why it is unavailable");
            }
        }
        boolean datedByDateField = contract.mappingOf("date_day")
                .filter(m -> m instanceof Mapping.Field f && f.as() == Transform.DATE && f.field().equals(contract.date().field()))
                .isPresent();
        if (!datedByDateField) {
            fail("mapping.date_day", "must be {\"field\": \"" + contract.date().field() + "\", \"as\": \"date\"}, the contract's date field");
        }
    }

    private void mapping(String column, Mapping mapping, String key) {
        Column target = contract.fact().column(column).orElseThrow();
        mapping.yields().filter(type -> !type.fits(target.type())).ifPresent(type ->
                fail(key, "yields " + type + " but " + column + " holds " + target.type()));
        if (mapping instanceof Mapping.Field field) {
            FieldRule rule = rule(field.field(), key + ".field");
            if (!field.as().accepts(rule)) {
                fail(key + ".as", field.as().id() + " cannot take " + field.field() + ", declared as " + rule.types());
            }
            if (field.as() == Transform.DATE && !column.equals("date_day")) {
                fail(key + ".as", "date is for date_day only");
            }
            field.orElse().ifPresent(fallback -> mapping(column, fallback, key + ".or"));
        } else if (mapping instanceof Mapping.ResourceSegment segment) {
            if (!Transform.RESOURCE_SEGMENT.accepts(rule(segment.field(), key + ".field"))) {
                fail(key + ".field", "a resource name is a string");
            }
            segment.orElse().ifPresent(fallback -> mapping(column, fallback, key + ".or"));
        } else if (mapping instanceof Mapping.SumByActionType sum) {
            if (!Transform.SUM_BY_ACTION_TYPE.accepts(rule(sum.field(), key + ".field"))) {
                fail(key + ".field", "expected an array of objects with a string action_type and a numeric value");
            }
        } else if (mapping instanceof Mapping.SumOfFields sum) {
            for (JsonPointer field : sum.reads()) {
                if (!rule(field, key + ".sum_fields.default").numeric()) {
                    fail(key + ".sum_fields.default", field + " is not numeric");
                }
            }
        } else if (mapping instanceof Mapping.Context context) {
            context(key, column, context);
        }
    }

    private void context(String key, String column, Mapping.Context context) {
        if (Fact.CONTEXT.column(context.name()).isEmpty()) {
            fail(key + ".context", "no context supplies \"" + context.name() + "\"");
        }
        // Follow the chain of lookups (LinkedIn: currency by account, account by ad group) to a filled column.
        Set<String> seen = new HashSet<>(Set.of(column));
        Optional<Mapping> next = Optional.of(context);
        while (next.isPresent() && next.get() instanceof Mapping.Context step && step.key().isPresent()) {
            String by = step.key().get();
            if (!seen.add(by)) {
                fail(key + ".key", "the lookup goes round in a circle through " + by);
            }
            next = contract.mappingOf(by).filter(found -> !(found instanceof Mapping.Unavailable));
            if (next.isEmpty()) {
                fail(key + ".key", by + " must be a column this contract fills, to look " + column + " up by");
            }
        }
    }

    private void grain() {
        if (contract.isContext() && contract.grain().size() != 1) {
            fail("grain", "a context stream is looked up by exactly one column");
        }
        for (String column : contract.grain()) {
            boolean dimension = contract.fact().column(column).filter(c -> c.role() == Column.Role.DIMENSION).isPresent();
            boolean filled = contract.mappingOf(column).filter(m -> !(m instanceof Mapping.Unavailable)).isPresent();
            if (!dimension || column.equals("date_day") || !filled) {
                fail("grain", column + " is not a filled dimension column of this contract (the day is always part of the grain)");
            }
        }
    }

    private void aggregation() {
        contract.aggregateToDay().ifPresent(aggregation -> {
            if (contract.isContext()) {
                fail("aggregate_to_day", "context streams are not aggregated");
            }
            for (int i = 0; i < aggregation.over().size(); i++) {
                if (!contract.primaryKey().contains(aggregation.over().get(i))) {
                    fail("aggregate_to_day.over[" + i + "]", "must be a primary key field, or rows would be summed before deduplication");
                }
            }
            contract.fact().columns().stream()
                    .filter(column -> column.role() == Column.Role.NON_ADDITIVE)
                    .filter(column -> contract.mappingOf(column.name()).filter(m -> !(m instanceof Mapping.Unavailable)).isPresent())
                    .findFirst()
                    .ifPresent(column -> fail("aggregate_to_day", column.name() + " cannot be summed"));
        });
    }

    // A variant speaks of the contract's own fields: what it fills or relaxes must be declared.
    private void variants() {
        if (!contract.variants().isEmpty() && contract.upstream().isEmpty()) {
            fail("variants", "only a contract with an upstream connector has versions to vary");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < contract.variants().size(); i++) {
            Variant variant = contract.variants().get(i);
            String key = "variants[" + i + "]";
            if (!names.add(variant.name())) {
                fail(key + ".name", "a second variant named \"" + variant.name() + "\"");
            }
            variant.fields().keySet().forEach(field -> rule(field, key + ".fields"));
            for (JsonPointer field : variant.optional()) {
                rule(field, key + ".optional");
                if (contract.date().field().equals(field)) {
                    fail(key + ".optional", "a record without its day cannot be placed");
                }
            }
        }
    }

    private FieldRule rule(JsonPointer pointer, String key) {
        return contract.schema().find(pointer).orElseGet(() -> fail(key, pointer + " is not declared in the schema"));
    }

    private <T> T fail(String key, String problem) {
        throw new ContractFileException(file, key, problem);
    }
}
