package net.adtelligent.adapters.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a labelled series travels through Dropwizard, whose metric names are flat strings: the name
 * is the series written as in the Prometheus text format, {@code family{label="value",...}}, with
 * {@code \}, {@code "} and line feeds in values escaped the same way. Any character can appear in a
 * value (a route such as {@code /openapi.json} keeps its dot), the name reads well in any Dropwizard
 * reporter, and parsing it back is exact. Names of any other form (an embedder's own
 * {@code jvm.memory.heap}) are a family without labels.
 */
record SeriesName(String family, Map<String, String> labels) {

    // What the bridge's label mapper accepts as a label name; anything else is left unparsed.
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]+");

    SeriesName {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    static SeriesName of(String family, List<String> names, List<String> values) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            labels.put(names.get(i), values.get(i));
        }
        return new SeriesName(family, labels);
    }

    String dropwizardName() {
        if (labels.isEmpty()) {
            return family;
        }
        StringBuilder name = new StringBuilder(family).append('{');
        labels.forEach((label, value) -> name.append(label).append("=\"").append(escape(value)).append("\","));
        name.setCharAt(name.length() - 1, '}');
        return name.toString();
    }

    static SeriesName parse(String dropwizardName) {
        int open = dropwizardName.indexOf('{');
        if (open <= 0 || !dropwizardName.endsWith("\"}")) {
            return new SeriesName(dropwizardName, Map.of());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int at = open + 1;
        while (at < dropwizardName.length() - 1) {
            int equals = dropwizardName.indexOf("=\"", at);
            if (equals < 0 || !LABEL_NAME.matcher(dropwizardName.substring(at, equals)).matches()) {
                return new SeriesName(dropwizardName, Map.of());
            }
            StringBuilder value = new StringBuilder();
            int i = equals + 2;
            for (; i < dropwizardName.length() && dropwizardName.charAt(i) != '"'; i++) {
                char c = dropwizardName.charAt(i);
                if (c == '\\' && i + 1 < dropwizardName.length()) {
                    char next = dropwizardName.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
            labels.put(dropwizardName.substring(at, equals), value.toString());
            at = i + 2; // past the closing quote and the comma (or the final brace)
        }
        return new SeriesName(dropwizardName.substring(0, open), labels);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
