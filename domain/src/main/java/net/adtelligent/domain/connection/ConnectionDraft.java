package net.adtelligent.domain.connection;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.fact.Platform;

/**
 * A new connection as typed: checked field by field against its platform's connector, every
 * problem collected. Credential values appear in no reason.
 *
 * @param name empty: the connector's name and the account id
 * @param schedule empty: the connector's default
 * @param tokenExpiresAt empty: what the platform fixes for the credentials given, if anything
 */
public record ConnectionDraft(String platform, String externalAccountId, Option<String> name,
                              Option<String> schedule, Map<String, String> credentials,
                              Option<String> tokenExpiresAt) {

    public static final int MAX_NAME = 200;

    public ConnectionDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
    }

    /** Credentials checked against their connector, with the token's end if one was given. */
    public record CheckedCredentials(ConnectorDefinition definition, PlainCredentials plain,
                                     Option<Instant> givenExpiry) {

        public Option<Instant> tokenExpiresAt(Instant now) {
            return givenExpiry.orElse(() -> definition.credentialsLast(plain.method()).map(now::plus));
        }
    }

    public record Checked(ConnectorDefinition definition, String externalAccountId, String name,
                          Option<Schedule> schedule, CheckedCredentials credentials) {

        public Option<Instant> tokenExpiresAt(Instant now) {
            return credentials.tokenExpiresAt(now);
        }
    }

    public Validation<List<FieldViolation>, Checked> check() {
        Validation<FieldViolation, Platform> known = Platform.parse("platform", platform);
        if (known.isInvalid()) {
            return Validation.invalid(List.of(known.getError()));
        }
        ConnectorDefinition definition = ConnectorCatalog.of(known.get());
        List<FieldViolation> problems = new ArrayList<>();
        String account = definition.checkAccountId("external_account_id", externalAccountId)
                .fold(problem -> add(problems, problem), valid -> valid);
        String checkedName = name.map(text -> checkName(text).fold(problem -> add(problems, problem), valid -> valid))
                .getOrElse(() -> definition.displayName() + " " + externalAccountId);
        Option<Schedule> checkedSchedule = schedule.isEmpty() ? definition.defaultSchedule()
                : checkSchedule(known.get(), schedule.get()).fold(problem -> {
                    problems.add(problem);
                    return Option.none();
                }, Option::of);
        Validation<List<FieldViolation>, CheckedCredentials> given = checkCredentials(known.get(), credentials,
                tokenExpiresAt);
        if (given.isInvalid()) {
            problems.addAll(given.getError());
        }
        return problems.isEmpty()
                ? Validation.valid(new Checked(definition, account, checkedName, checkedSchedule, given.get()))
                : Validation.invalid(problems);
    }

    /** New credentials for a connection of the platform: its connector's fields, and the token's end if given. */
    public static Validation<List<FieldViolation>, CheckedCredentials> checkCredentials(
            Platform platform, Map<String, String> credentials, Option<String> tokenExpiresAt) {
        ConnectorDefinition definition = ConnectorCatalog.of(platform);
        List<FieldViolation> problems = new ArrayList<>();
        Validation<List<FieldViolation>, PlainCredentials> fields = definition.checkCredentials("credentials",
                credentials == null ? Map.of() : credentials);
        if (fields.isInvalid()) {
            problems.addAll(fields.getError());
        }
        Option<Instant> expiry = Option.none();
        if (tokenExpiresAt.isDefined()) {
            try {
                expiry = Option.of(Instant.parse(tokenExpiresAt.get())).filter(ConnectionDraft::plausible);
            } catch (DateTimeParseException notInstant) {
                expiry = Option.none();
            }
            if (expiry.isEmpty()) {
                problems.add(new FieldViolation("token_expires_at", "must be a UTC time such as 2027-01-31T00:00:00Z,"
                        + " in the years 1900 to 9999"));
            }
            if (!definition.takesCredentials()) {
                problems.add(new FieldViolation("token_expires_at", "is not for " + platform + ", which has no token"));
            }
        }
        return problems.isEmpty() ? Validation.valid(new CheckedCredentials(definition, fields.get(), expiry))
                : Validation.invalid(problems);
    }

    /** As every instant the API takes: within years a database keeps and a person means. */
    private static boolean plausible(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year >= 1900 && year <= 9999;
    }

    static Validation<FieldViolation, String> checkName(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME
                || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            return Validation.invalid(new FieldViolation("name", "must be 1 to " + MAX_NAME
                    + " characters, without control characters"));
        }
        return Validation.valid(trimmed);
    }

    static Validation<FieldViolation, Schedule> checkSchedule(Platform platform, String text) {
        if (ConnectorCatalog.of(platform).defaultSchedule().isEmpty()) {
            return Validation.invalid(new FieldViolation("schedule", "is not for " + platform
                    + " connections, which are not synced on a schedule"));
        }
        return Schedule.parse("schedule", text);
    }

    private static <T> T add(List<FieldViolation> problems, FieldViolation problem) {
        problems.add(problem);
        return null;
    }
}
