package net.adtelligent.adapters.http.audit;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: rows end in CRLF, a bare CR or LF outside quotes is an error. */
final class CsvReader {

    private CsvReader() {
    }

    static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
                continue;
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new AssertionError("not RFC 4180 at " + i + ": " + text.substring(Math.max(0, i - 20), i + 1));
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted || cell.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the last row does not end in CRLF");
        }
        return rows;
    }
}
