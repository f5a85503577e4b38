package net.adtelligent.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads ADT_* variables: blank counts as unset; a bad value names the variable and what it takes. */
final class Env {

    private final Map<String, String> values;

    Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    int integer(String name, long fallback, long min, long max) {
        return Math.toIntExact(number(name, fallback, min, Math.min(max, Integer.MAX_VALUE)));
    }

    long number(String name, long fallback, long min, long max) {
        String text = optional(name).orElse(Long.toString(fallback));
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the accepted range
        }
        throw new ConfigurationException(name + "='" + text + "' is not a whole number from " + min + " to " + max);
    }

    /** An ISO-8601 duration such as PT1H or PT30S, positive. */
    Duration duration(String name, Duration fallback) {
        return duration(name, fallback, false);
    }

    /** An ISO-8601 duration such as PT1S, or PT0S for "none". */
    Duration durationOrZero(String name, Duration fallback) {
        return duration(name, fallback, true);
    }

    private Duration duration(String name, Duration fallback, boolean zeroAllowed) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(text.get());
            if (!value.isNegative() && (zeroAllowed || !value.isZero())) {
                return value;
            }
        } catch (DateTimeParseException ignored) {
            // reported below, with an example
        }
        throw new ConfigurationException(name + "='" + text.get() + "' is not a" + (zeroAllowed ? " positive or zero" : " positive")
                + " ISO-8601 duration such as " + (zeroAllowed ? "PT1S or PT0S" : "PT1H or PT30S"));
    }

    List<String> list(String name) {
        return optional(name).map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    <T extends Enum<T>> T choice(String name, Class<T> type, T fallback) {
        String text = optional(name).orElse(fallback.name());
        for (T value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw new ConfigurationException(name + "='" + text + "' must be one of: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(v -> v.name().toLowerCase()).toList()));
    }
}
