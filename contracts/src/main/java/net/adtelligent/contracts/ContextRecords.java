package net.adtelligent.contracts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds records of context streams (Google Ads {@code customer}) into a {@link NormaliseContext}:
 * each record gives the values of its contract's context columns, looked up by its grain column.
 * A record names its stream, or is taken by the first context stream of the platform it fits.
 */
public final class ContextRecords {

    private final List<StreamContract> streams;
    private final NormaliseContext context;

    public ContextRecords(Contracts contracts, String platform, NormaliseContext context) {
        this.streams = contracts.all().stream().filter(c -> c.isContext() && c.platform().equals(platform)).toList();
        this.context = context;
    }

    /** Adds one record; answers why it could not be used (empty when it was). */
    public List<Violation> add(SourceRecord record) {
        List<Violation> first = List.of(new Violation("", "a context record of this platform", "no context stream"));
        for (StreamContract stream : candidates(record)) {
            ContractValidator.Checked checked = new ContractValidator(stream).check(record);
            List<Violation> violations = checked.violations();
            if (checked.valid()) {
                RowMapper mapper = new RowMapper(stream, NormaliseContext.none());
                Object[] mapped = mapper.map(checked.data());
                String keyColumn = stream.grain().get(0);
                Map<String, String> values = new HashMap<>();
                stream.mapping().keySet().forEach(column -> {
                    Object value = mapped[mapper.slot(column)];
                    if (value != null && !column.equals(keyColumn)) {
                        values.put(column, value.toString());
                    }
                });
                int key = mapper.slot(keyColumn);
                context.lookup(keyColumn, String.valueOf(key < 0 ? null : mapped[key]), values, record.emittedAt().orElse(Instant.EPOCH));
                return List.of();
            }
            if (first.get(0).actual().equals("no context stream")) {
                first = violations;
            }
        }
        return first;
    }

    // A record that names its stream is checked against that stream only, so its report speaks of the right one.
    private List<StreamContract> candidates(SourceRecord record) {
        return record.stream()
                .map(name -> streams.stream().filter(s -> s.stream().equals(name) || s.stream().endsWith("." + name)).toList())
                .orElse(streams);
    }
}
