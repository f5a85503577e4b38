package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.ReportingSettings;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;

/**
 * A mapping as typed, checked against the file's columns: what the request leaves out comes from
 * the proposal, and every problem names its field (columns.spend, currency, date_order, …).
 */
final class CsvMappingCheck {

    private static final String SOURCE = "[a-z0-9][a-z0-9_-]{0,39}";
    private static final int MAX_ACCOUNT_ID = 200;

    private CsvMappingCheck() {
    }

    static Either<List<FieldViolation>, CsvMapping> check(MappingRequest request, CsvMapping proposed, List<String> headers) {
        List<FieldViolation> problems = new ArrayList<>();
        Map<String, String> columns = request.columns().getOrElse(proposed.columns());
        Map<String, String> fieldOfHeader = new HashMap<>();
        for (Map.Entry<String, String> entry : columns.entrySet()) {
            String field = "columns." + entry.getKey();
            if (!CsvMapping.FIELDS.contains(entry.getKey())) {
                problems.add(new FieldViolation(field, "is not a field; the fields are " + String.join(", ", CsvMapping.FIELDS)));
            } else if (!headers.contains(entry.getValue())) {
                problems.add(new FieldViolation(field, "names no column of the file; its columns are " + String.join(", ", headers)));
            } else if (fieldOfHeader.putIfAbsent(entry.getValue(), entry.getKey()) != null) {
                problems.add(new FieldViolation(field, "uses the column '" + entry.getValue() + "', mapped to "
                        + fieldOfHeader.get(entry.getValue()) + " already"));
            }
        }
        required(columns, "date", "the column holding the day", problems);
        required(columns, "spend", "the column holding the amount spent", problems);
        if (!columns.containsKey("campaign_id") && !columns.containsKey("campaign_name")) {
            problems.add(new FieldViolation("columns.campaign_name", "is required when no column is mapped to campaign_id"));
        }
        Currency currency = null;
        if (request.currency().isDefined()) {
            currency = ReportingSettings.currency("currency", request.currency().get())
                    .fold(problem -> { problems.add(problem); return null; }, valid -> valid);
        } else if (proposed.currency().isDefined()) {
            currency = proposed.currency().get();
        }
        if (currency == null && !columns.containsKey("currency_code") && request.currency().isEmpty()) {
            problems.add(new FieldViolation("currency", "is required when no column is mapped to currency_code"));
        }
        DateOrder order = request.dateOrder().isEmpty() ? proposed.dateOrder()
                : DateOrder.parse("date_order", request.dateOrder().get()).fold(problem -> { problems.add(problem); return null; }, v -> v);
        String account = request.accountId().getOrElse(proposed.accountId());
        if (account.isBlank() || account.codePointCount(0, account.length()) > MAX_ACCOUNT_ID || account.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FieldViolation("account_id", "must be 1 to " + MAX_ACCOUNT_ID + " characters, without control characters"));
        }
        String source = request.source().getOrElse(proposed.source());
        if (!source.matches(SOURCE)) {
            problems.add(new FieldViolation("source", "must be 1 to 40 lower-case letters, digits, '-' or '_', such as agency-export"));
        }
        Option<Platform> platform = request.platform().isEmpty() ? proposed.platform()
                : platform(request.platform().get(), problems);
        return problems.isEmpty()
                ? Either.right(new CsvMapping(columns, Option.of(currency), order, account, source, platform))
                : Either.left(problems);
    }

    // CSV: a spreadsheet of no platform in particular.
    private static Option<Platform> platform(String text, List<FieldViolation> problems) {
        List<String> allowed = Arrays.stream(Platform.values())
                .filter(platform -> platform.reportsAdPerformance()).map(Platform::name).toList();
        if (!allowed.contains(text)) {
            problems.add(new FieldViolation("platform", "must be one of " + String.join(", ", allowed)));
            return Option.none();
        }
        Platform platform = Platform.valueOf(text);
        return platform == Platform.CSV ? Option.none() : Option.of(platform);
    }

    private static void required(Map<String, String> columns, String field, String what, List<FieldViolation> problems) {
        if (!columns.containsKey(field)) {
            problems.add(new FieldViolation("columns." + field, "is required: " + what));
        }
    }
}
