package net.adtelligent.adapters.http.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 rows (comma, CRLF, every cell quoted, quotes doubled), safe to open in a spreadsheet
 * (OWASP "CSV injection"): wherever a cell could start, a formula trigger is prefixed with a single
 * quote, so a display name such as =HYPERLINK(…) shows as text instead of running. A cell can start
 * at the start of the field, and also after a character a spreadsheet may split on when it guesses
 * the delimiter or ignores the quoting (comma, semicolon, tab, a line break), past any quotes or
 * spaces it may strip: "a;=cmd" is written "a;'=cmd". The export is for reading; the JSON audit
 * pages hold the exact values.
 */
final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String SPLITS = ",;\t\r\n";
    /** Skipped while looking for where a cell starts: quoting and padding a reader may take away. */
    private static final String STRIPPED = "\" ";

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
        StringBuilder cell = new StringBuilder(text.length() + 4).append('"');
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                cell.append('\'');
            }
            cell.append(c == '"' ? "\"\"" : String.valueOf(c));
            cellStart = SPLITS.indexOf(c) >= 0 || (cellStart && STRIPPED.indexOf(c) >= 0);
        }
        return cell.append('"').toString();
    }
}
