package net.adtelligent.bench.cli;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes such as 1GB, 500MB or 1.5 GiB; units are powers of 1024 either way, so 1GB is never a little short. */
final class ByteSize implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]i?b?|b)?");
    private static final Map<Character, Long> UNITS = Map.of('b', 1L, 'k', 1L << 10, 'm', 1L << 20, 'g', 1L << 30, 't', 1L << 40);

    @Override
    public Long convert(String text) {
        Matcher size = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!size.matches()) {
            throw new TypeConversionException("'" + text + "' is not a size such as 500MB or 1GB");
        }
        long unit = size.group(2) == null ? 1 : UNITS.get(size.group(2).charAt(0));
        return (long) (Double.parseDouble(size.group(1)) * unit);
    }
}
