package net.adtelligent.adapters.http.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 rows (comma, CRLF, quotes doubled), safe to open in a spreadsheet: a cell that starts
 * like a formula is prefixed with a single quote (OWASP "CSV injection"), so a display name such as
 * =HYPERLINK(…) shows as text instead of running.
 */
final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        if (formula) {
            text = "'" + text;
        }
        // A neutralised cell is quoted too, as OWASP advises: the quote then reads as part of the text.
        boolean quote = formula || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
