package net.adtelligent.domain.connection;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.fact.Platform;

/**
 * What one platform's connector needs and delivers: the data-contract streams it feeds, its
 * credentials (one or more ways to authenticate), the scopes it asks for and why, how long its
 * tokens live, when it syncs by default, how far back it re-reads restated data, whose calendar its
 * dates follow, and how late its numbers settle.
 *
 * @param accountIdFormat what the platform's account id looks like, in words
 */
public record ConnectorDefinition(Platform platform, String displayName, List<String> streams,
                                  String accountIdFormat, Pattern accountId, List<CredentialMethod> credentialMethods,
                                  List<Scope> scopes, TokenLifecycle tokens, Option<Schedule> defaultSchedule,
                                  int lookbackDays, DatesIn datesIn, Duration reportingLatency) {

    public ConnectorDefinition {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(displayName, "displayName");
        streams = List.copyOf(streams);
        Objects.requireNonNull(accountIdFormat, "accountIdFormat");
        Objects.requireNonNull(accountId, "accountId");
        credentialMethods = List.copyOf(credentialMethods);
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(defaultSchedule, "defaultSchedule");
        Objects.requireNonNull(datesIn, "datesIn");
        Objects.requireNonNull(reportingLatency, "reportingLatency");
    }

    /** Whether the connector takes credentials at all (CSV uploads do not). */
    public boolean takesCredentials() {
        return !credentialMethods.isEmpty();
    }

    /** Every field of any method, each named once, in order of name. */
    public List<String> credentialFieldNames() {
        TreeSet<String> names = new TreeSet<>();
        credentialMethods.forEach(method -> method.fields().forEach(field -> names.add(field.name())));
        return List.copyOf(names);
    }

    /**
     * How long credentials of this method stay good from when they are given, where the platform
     * fixes it: a bare access token's life, or a refresh token's that refreshing does not extend.
     */
    public Option<Duration> credentialsLast(String method) {
        Option<CredentialMethod> chosen = Option.ofOptional(credentialMethods.stream()
                .filter(known -> known.name().equals(method)).findFirst());
        if (chosen.isEmpty()) {
            return Option.none();
        }
        if (chosen.get().has("refresh_token")) {
            return tokens.refreshExtends() ? Option.none() : tokens.refreshToken();
        }
        return chosen.get().has("access_token") ? tokens.accessToken() : Option.none();
    }

    public Validation<FieldViolation, String> checkAccountId(String field, String text) {
        if (text == null || !accountId.matcher(text).matches()) {
            return Validation.invalid(new FieldViolation(field, "must be " + accountIdFormat));
        }
        return Validation.valid(text);
    }

    /**
     * The given fields, if they are exactly those of one credential method, each in its format; else
     * every missing, unexpected and malformed field, against the method they come closest to. Field
     * names in the violations are {@code <prefix>.<name>}. Values never appear in a reason.
     */
    public Validation<List<FieldViolation>, PlainCredentials> checkCredentials(String prefix, Map<String, String> given) {
        if (!takesCredentials()) {
            return given.isEmpty() ? Validation.valid(PlainCredentials.of("", Map.of()))
                    : Validation.invalid(given.keySet().stream().sorted()
                    .map(name -> new FieldViolation(prefix + "." + name, "is not a field of " + platform
                            + ", which takes no credentials")).toList());
        }
        CredentialMethod closest = credentialMethods.stream()
                .max(Comparator.comparingLong((CredentialMethod method) -> given.keySet().stream().filter(method::has).count())
                        .thenComparing(method -> -credentialMethods.indexOf(method)))
                .orElseThrow();
        List<FieldViolation> problems = new ArrayList<>();
        for (CredentialField field : closest.fields()) {
            String value = given.get(field.name());
            if (value == null) {
                if (field.required()) {
                    problems.add(new FieldViolation(prefix + "." + field.name(), "is missing (" + closest.name() + ": "
                            + field.format() + ")"));
                }
            } else if (!field.accepts(value)) {
                problems.add(new FieldViolation(prefix + "." + field.name(), "must be " + field.format()));
            }
        }
        given.keySet().stream().sorted().filter(name -> !closest.has(name)).forEach(name -> problems.add(
                new FieldViolation(prefix + "." + name, "is not a field of " + platform + " credentials ("
                        + closest.name() + " takes " + String.join(", ", closest.fields().stream()
                        .map(CredentialField::name).toList()) + ")")));
        return problems.isEmpty() ? Validation.valid(PlainCredentials.of(closest.name(), given)) : Validation.invalid(problems);
    }
}
