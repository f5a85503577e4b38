package net.adtelligent.contracts.csv;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rows of a platform's export that are no data: totals and subtotals ("Total: Account",
 * "Total: Search", "Gesamt", a row whose day is "--"), which must never be counted a second
 * time, and the footer under the data (Microsoft Advertising's copyright line), where the data ends.
 */
final class SummaryRows {

    static final String TOTALS = "totals row";
    static final String FOOTER = "footer";

    enum Kind { DATA, TOTALS, FOOTER }

    // The word alone or followed by ":" and what it totals; "Total Brand" is a campaign's name.
    private static final Pattern TOTAL_WORD = Pattern.compile("(total|totals|grand total|subtotal|gesamt|"
            + "gesamtergebnis|insgesamt|summe|zwischensumme|total général|totaux|sous-total|total general|totales|"
            + "subtotal|totale|totaal)\\s*(:.*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NO_VALUE = Pattern.compile("-{2,}|—|–");
    private static final Pattern COPYRIGHT = Pattern.compile("(©|\\(c\\)|copyright).*|.*(rights reserved|"
            + "rechte vorbehalten|droits réservés|derechos reservados).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SummaryRows() {
    }

    static Kind of(List<String> cells, ExportColumns columns) {
        List<String> filled = cells.stream().map(String::strip).filter(cell -> !cell.isEmpty()).toList();
        if (filled.size() == 1 && columns.size() > 1 && COPYRIGHT.matcher(filled.get(0)).matches()) {
            return Kind.FOOTER;
        }
        if (!filled.isEmpty() && TOTAL_WORD.matcher(filled.get(0).toLowerCase(Locale.ROOT)).matches()) {
            return Kind.TOTALS;
        }
        return cells.size() == columns.size() && NO_VALUE.matcher(columns.cell(cells, "date").getOrElse("")).matches()
                ? Kind.TOTALS : Kind.DATA;
    }
}
