package net.adtelligent.contracts.csv;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.adtelligent.domain.upload.RowProblem;

/**
 * One data row of a user's export as a record of the generic CSV contract: ISO date, plain
 * numbers, ids where the file has only names. Every problem of the row is found, not just the
 * first, each naming the file's column and saying what is wrong in the user's words.
 */
final class ExportRow {

    // Exact decimals: the default factory would turn 100 into 1E+2 and 12.50 into 12.5.
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    static final String NUL = "holds a NUL character (U+0000), which text cannot hold: is the file binary?";

    private final ExportColumns columns;
    private final long line;
    private final List<String> cells;
    private final ObjectNode record = JSON.objectNode();
    private final List<RowProblem> problems = new ArrayList<>();
    private Option<String> amountCurrency = Option.none();
    private String amountField = "";

    private ExportRow(ExportColumns columns, long line, List<String> cells) {
        this.columns = columns;
        this.line = line;
        this.cells = cells;
    }

    static Either<List<RowProblem>, ObjectNode> read(ExportColumns columns, long line, List<String> cells) {
        if (cells.size() != columns.size()) {
            return Either.left(List.of(new RowProblem(line, "", "has " + cells.size() + " fields where the header has "
                    + columns.size() + (cells.size() > columns.size() ? ": a delimiter in an unquoted value?" : ""))));
        }
        List<RowProblem> nuls = nulCells(columns, line, cells);
        return nuls.isEmpty() ? new ExportRow(columns, line, cells).read() : Either.left(nuls);
    }

    // PostgreSQL text and jsonb cannot hold U+0000; the cell is not quoted back, as the reason would hold it too.
    private static List<RowProblem> nulCells(ExportColumns columns, long line, List<String> cells) {
        List<RowProblem> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf('\0') >= 0) {
                found.add(new RowProblem(line, columns.headerAt(i), NUL));
            }
        }
        return found;
    }

    private Either<List<RowProblem>, ObjectNode> read() {
        required("date", "the day").forEach(text -> {
            Either<String, LocalDate> day = DateCell.parse(text, columns.mapping().dateOrder());
            if (day.isLeft()) {
                problem("date", day.getLeft());
            } else {
                record.put("date", day.get().toString());
            }
        });
        required("spend", "the amount spent").forEach(text -> amount("spend", text, NumberCell.Kind.MONEY, false));
        cell("impressions").forEach(text -> amount("impressions", text, NumberCell.Kind.COUNT, false));
        cell("clicks").forEach(text -> amount("clicks", text, NumberCell.Kind.COUNT, false));
        cell("conversions").forEach(text -> amount("conversions", text, NumberCell.Kind.DECIMAL, true));
        cell("conversions_value").forEach(text -> amount("conversions_value", text, NumberCell.Kind.MONEY, true));
        currency();
        Identities.fill(this);
        return problems.isEmpty() ? Either.right(record) : Either.left(List.copyOf(problems));
    }

    // Spend and counts are never negative; conversions may be, where a platform retracts them.
    private void amount(String field, String text, NumberCell.Kind kind, boolean mayBeNegative) {
        Either<String, NumberCell.Amount> parsed = columns.numbers().parse(text, kind);
        if (parsed.isLeft()) {
            problem(field, parsed.getLeft());
            return;
        }
        BigDecimal value = parsed.get().value();
        Option<String> currency = parsed.get().currency();
        if (value.signum() < 0 && !mayBeNegative) {
            problem(field, "'" + text + "' is negative: " + field.replace('_', ' ') + " cannot be");
        } else if (kind == NumberCell.Kind.COUNT
                && (value.stripTrailingZeros().scale() > 0 || value.toBigInteger().bitLength() > 63)) {
            problem(field, "'" + text + "' is not a whole number");
        } else if (currency.isDefined() && amountCurrency.isDefined() && !amountCurrency.equals(currency)) {
            problem(field, "'" + text + "' is in " + currency.get() + ", another amount of the row in "
                    + amountCurrency.get());
        } else {
            if (amountCurrency.isEmpty() && currency.isDefined()) {
                amountCurrency = currency;
                amountField = field;
            }
            if (kind == NumberCell.Kind.COUNT) {
                record.put(field, value.longValueExact());
            } else {
                record.put(field, value);
            }
        }
    }

    // The row's currency: its cell, else the mapping's, else the one its amounts are written in ("€12.50").
    private void currency() {
        Option<String> text = cell("currency_code");
        Option<String> code;
        if (text.isDefined()) {
            Either<String, String> parsed = CurrencyCode.parse(text.get());
            if (parsed.isLeft()) {
                problem("currency_code", parsed.getLeft());
                return;
            }
            code = Option.of(parsed.get());
            record.put("currency_code", parsed.get());
        } else if (columns.mapping().currency().isDefined()) {
            // The contract takes the mapping's currency from the context.
            code = columns.mapping().currency().map(Currency::getCurrencyCode);
        } else if (amountCurrency.isDefined()) {
            code = amountCurrency;
            record.put("currency_code", amountCurrency.get());
        } else {
            problem("currency_code", "the row has no currency: fill the cell or choose the file's currency");
            return;
        }
        if (amountCurrency.isDefined() && !amountCurrency.equals(code)) {
            problem(amountField, "the amount is in " + amountCurrency.get() + ", the row in " + code.get());
        }
    }

    private Option<String> required(String field, String what) {
        Option<String> text = cell(field);
        if (text.isEmpty()) {
            problem(field, columns.mapped(field) ? what + " is missing" : "no column is chosen for " + what);
        }
        return text;
    }

    Option<String> cell(String field) {
        return columns.cell(cells, field);
    }

    boolean mapped(String field) {
        return columns.mapped(field);
    }

    String accountId() {
        return columns.mapping().accountId();
    }

    void put(String field, String value) {
        record.put(field, value);
    }

    void problem(String field, String reason) {
        problems.add(new RowProblem(line, columns.header(field), reason));
    }
}
