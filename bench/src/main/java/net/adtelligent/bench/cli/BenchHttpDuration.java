package net.adtelligent.bench.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations as wrk writes them (60s, 2m, 1h; a bare number is seconds), not ISO-8601's PT60S:
 * the option passes straight to wrk, so it reads the same in both commands.
 */
final class BenchHttpDuration implements ITypeConverter<Duration> {

    private static final Pattern TIME = Pattern.compile("(\\d+)\\s*([smh]?)");

    @Override
    public Duration convert(String text) {
        Matcher time = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!time.matches()) {
            throw new TypeConversionException("'" + text + "' is not a duration such as 60s or 2m");
        }
        long amount = Long.parseLong(time.group(1));
        return switch (time.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
