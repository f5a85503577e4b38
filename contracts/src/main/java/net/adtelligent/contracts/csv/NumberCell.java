package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as spreadsheets of any locale write it: "1,234.56", "1.234,56", "1 234,56" (spaces,
 * no-break spaces and apostrophes group thousands too), with a currency ("€12.50", "$1,200",
 * "12.50 EUR") and a sign ("-3", and "(12.50)", the accountants' negative).
 *
 * <p>Which mark is the decimal one: the later of {@code .} and {@code ,} when both occur; a mark
 * that occurs more than once groups thousands; a single mark is decimal unless exactly three digits
 * follow it. "1,234" and "1.234" are ambiguous: a count (impressions, clicks) can only mean 1234;
 * an amount reads as the file's locale writes it, {@code ambiguousDecimal} being {@code ,} in files
 * separated by {@code ;} (where the comma is the decimal mark) and {@code .} otherwise. After a
 * leading 0 ("0,125") the mark is always decimal. Groups of thousands have three digits, so a typo
 * such as "1,23.4" is refused rather than read as 123.4.
 */
final class NumberCell {

    /** A number and the currency its cell named, if any ("€", "EUR"; "$" names none: which dollar?). */
    record Amount(BigDecimal value, Option<String> currency) {
    }

    /** What a cell holds: a count (whole; "1.234" can only group thousands), a plain decimal, or money. */
    enum Kind { COUNT, DECIMAL, MONEY }

    private static final String MARK = "[A-Za-z]{3}|US\\$|[€£$¥₹]";
    private static final Pattern PARTS = Pattern.compile("(?<sign>[-+])?\\s*(?<pre>" + MARK + ")?\\s*(?<sign2>[-+])?\\s*"
            + "(?<num>[0-9][0-9.,'’ ]*|[.,][0-9]+)\\s*(?<post>" + MARK + ")?");

    private static final Pattern DIGITS = Pattern.compile("[0-9]*");
    private static final Pattern OTHER_GROUPING = Pattern.compile("['’ ]");

    private final char ambiguousDecimal;

    NumberCell(char ambiguousDecimal) {
        this.ambiguousDecimal = ambiguousDecimal;
    }

    /** The amount, or why there is none ("'12,5x' is not a number"). Only money may name a currency. */
    Either<String, Amount> parse(String text, Kind kind) {
        BigDecimal plain = plainDecimal(text, kind);
        if (plain != null) {
            return Either.right(new Amount(plain, Option.none()));
        }
        String cell = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        boolean parenthesised = cell.length() > 2 && cell.startsWith("(") && cell.endsWith(")");
        Matcher parts = PARTS.matcher(parenthesised ? cell.substring(1, cell.length() - 1).strip() : cell);
        if (!parts.matches() || parts.group("pre") != null && parts.group("post") != null
                || parts.group("sign") != null && parts.group("sign2") != null) {
            return notANumber(text);
        }
        String mark = parts.group("pre") != null ? parts.group("pre") : parts.group("post");
        boolean lettersButNoCurrency = mark != null && mark.chars().allMatch(Character::isLetter)
                && CurrencyCode.parse(mark).isLeft();
        if (mark != null && (kind != Kind.MONEY || lettersButNoCurrency)) {
            return notANumber(text); // "12.5 pcs" is no money, and a count names no currency
        }
        Option<BigDecimal> value = plain(parts.group("num").strip(), kind == Kind.COUNT);
        if (value.isEmpty()) {
            return notANumber(text);
        }
        boolean negative = parenthesised || "-".equals(parts.group("sign")) || "-".equals(parts.group("sign2"));
        BigDecimal signed = negative ? value.get().negate() : value.get();
        return Either.right(new Amount(signed, Option.of(mark).flatMap(NumberCell::currency)));
    }

    /**
     * The number when the cell is written as the machines write it, {@code -?[0-9]+(\.[0-9]+)?}, and
     * the rules below read it the same way: most cells of most files, read here without the patterns.
     * Null for anything else, which takes the general way (so does "1.234", whose mark may group).
     */
    private BigDecimal plainDecimal(String text, Kind kind) {
        int length = text.length();
        int start = length > 1 && text.charAt(0) == '-' ? 1 : 0;
        int dot = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0 && i > start && i < length - 1) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (length == start) {
            return null;
        }
        boolean ambiguous = dot >= 0 && length - dot - 1 == 3 && text.charAt(start) != '0';
        if (ambiguous && (kind == Kind.COUNT || ambiguousDecimal != '.')) {
            return null;
        }
        return new BigDecimal(text);
    }

    private Option<BigDecimal> plain(String number, boolean whole) {
        int decimalAt = decimalMark(number, whole);
        String integer = decimalAt < 0 ? number : number.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : number.substring(decimalAt + 1);
        if (!DIGITS.matcher(fraction).matches() || !grouped(integer) || integer.isEmpty() && fraction.isEmpty()) {
            return Option.none();
        }
        String digits = integer.chars().filter(Character::isDigit).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Option.of(new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction)));
    }

    // Where the decimal mark is; -1 when the number has none.
    private int decimalMark(String number, boolean whole) {
        int dot = number.lastIndexOf('.');
        int comma = number.lastIndexOf(',');
        int at = Math.max(dot, comma);
        if (at < 0 || dot >= 0 && comma >= 0) {
            return at;
        }
        char mark = number.charAt(at);
        if (number.indexOf(mark) != at) {
            return -1;
        }
        boolean threeAfter = number.length() - at - 1 == 3;
        boolean groupedOtherwise = OTHER_GROUPING.matcher(number).region(0, at).find();
        if (!threeAfter || number.startsWith("0") || at == 0 || groupedOtherwise) {
            return at;
        }
        return !whole && mark == ambiguousDecimal ? at : -1;
    }

    // Digits alone, or thousands groups of three behind one to three digits, separated by one mark throughout.
    private static boolean grouped(String integer) {
        int first = 0;
        while (first < integer.length() && Character.isDigit(integer.charAt(first))) {
            first++;
        }
        if (first == integer.length()) {
            return true;
        }
        char mark = integer.charAt(first);
        if (first > 3 || integer.charAt(0) == '0' || (integer.length() - first) % 4 != 0) {
            return false;
        }
        for (int i = first; i < integer.length(); i += 4) {
            if (integer.charAt(i) != mark || !integer.substring(i + 1, i + 4).chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static Option<String> currency(String mark) {
        return switch (mark) {
            case "€" -> Option.of("EUR");
            case "£" -> Option.of("GBP");
            case "₹" -> Option.of("INR");
            case "US$" -> Option.of("USD");
            case "$", "¥" -> Option.none();
            default -> CurrencyCode.parse(mark).toOption();
        };
    }

    private static Either<String, Amount> notANumber(String text) {
        return Either.left("'" + text + "' is not a number");
    }
}
