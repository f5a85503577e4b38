package net.adtelligent.adapters.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Prometheus text format 0.0.4 line by line, as a scraper would, and fails on the first line
 * that is not a HELP or TYPE line, a comment, or a sample of a declared metric. Tests then ask for
 * a sample's value by name and labels.
 */
record Exposition(Map<String, String> types, Map<String, String> helps, List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(?:\\{(.*)})? (\\S+)(?: -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\",?");

    static Exposition parse(String text) {
        Exposition exposition = new Exposition(new LinkedHashMap<>(), new HashMap<>(), new ArrayList<>());
        for (String line : text.split("\n", -1)) {
            exposition.read(line);
        }
        return exposition;
    }

    private void read(String line) {
        Matcher help = HELP.matcher(line);
        Matcher type = TYPE.matcher(line);
        Matcher sample = SAMPLE.matcher(line);
        if (help.matches()) {
            helps.put(help.group(1), help.group(2));
        } else if (type.matches()) {
            if (types.put(type.group(1), type.group(2)) != null) {
                throw new AssertionError("second TYPE line for " + type.group(1));
            }
        } else if (sample.matches()) {
            if (!declared(sample.group(1))) {
                throw new AssertionError("sample before its TYPE line: " + line);
            }
            samples.add(new Sample(sample.group(1), labels(sample.group(2), line), value(sample.group(3), line)));
        } else if (!line.isEmpty() && !line.startsWith("#")) {
            throw new AssertionError("not a line of the text format: " + line);
        }
    }

    private boolean declared(String sampleName) {
        return types.containsKey(sampleName) || "summary".equals(types.get(sampleName.replaceFirst("_(count|sum)$", "")));
    }

    private static Map<String, String> labels(String text, String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null) {
            return labels;
        }
        Matcher label = LABEL.matcher(text);
        int end = 0;
        while (label.find() && label.start() == end) {
            labels.put(label.group(1), unescape(label.group(2)));
            end = label.end();
        }
        if (end != text.length()) {
            throw new AssertionError("bad labels in: " + line);
        }
        return labels;
    }

    private static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                char next = value.charAt(++i);
                text.append(next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static double value(String text, String line) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new AssertionError("bad value in: " + line, e);
                }
            }
        };
    }

    /** The one sample with exactly these labels. */
    double value(String name, Map<String, String> labels) {
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " samples " + name + labels + " among " + samples);
        }
        return found.get(0).value();
    }

    double value(String name) {
        return value(name, Map.of());
    }
}
