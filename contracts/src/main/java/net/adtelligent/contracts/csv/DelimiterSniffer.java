package net.adtelligent.contracts.csv;

import java.util.List;

/**
 * Which character separates a file's fields, judged by its header line: the candidate that splits
 * it into the most fields outside quotes. Spreadsheets write {@code ;} where the decimal mark is a
 * comma (German, French exports) and {@code ,} elsewhere; some tools write tabs. On a tie, and for
 * a header of one column, the comma.
 */
final class DelimiterSniffer {

    static final List<Character> CANDIDATES = List.of(',', ';', '\t');

    private DelimiterSniffer() {
    }

    static char sniff(String headerLine) {
        char best = ',';
        int most = 0;
        for (char candidate : CANDIDATES) {
            int count = countOutsideQuotes(headerLine, candidate);
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
