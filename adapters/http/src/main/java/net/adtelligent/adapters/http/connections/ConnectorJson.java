package net.adtelligent.adapters.http.connections;

import java.time.Duration;
import java.util.List;
import net.adtelligent.domain.connection.ConnectorDefinition;
import net.adtelligent.domain.connection.CredentialField;
import net.adtelligent.domain.connection.CredentialMethod;
import net.adtelligent.domain.connection.Schedule;

/** One connector of the catalog; durations as ISO-8601 text, absent ones null. No secret here: only what to give. */
record ConnectorJson(String platform, String displayName, List<String> streams, AccountJson account,
                     List<MethodJson> credentialMethods, List<ScopeJson> scopes, TokensJson tokens,
                     String defaultSchedule, int lookbackDays, String datesIn, String reportingLatency,
                     ConsentJson consent) {

    /** The platform's consent screen: configured, or the settings to add; null for CSV, which takes none. */
    record ConsentJson(boolean configured, List<String> missingSettings) {
    }

    record AccountJson(String format, String pattern) {
    }

    record FieldJson(String name, boolean secret, boolean required, String format, String pattern) {
        static FieldJson of(CredentialField field) {
            return new FieldJson(field.name(), field.secret(), field.required(), field.format(), field.pattern().pattern());
        }
    }

    record MethodJson(String name, String description, List<FieldJson> fields) {
        static MethodJson of(CredentialMethod method) {
            return new MethodJson(method.name(), method.description(), method.fields().stream().map(FieldJson::of).toList());
        }
    }

    record ScopeJson(String name, String why) {
    }

    record TokensJson(String accessTokenLifetime, String refreshTokenLifetime, boolean refreshExtends, String note) {
    }

    static ConnectorJson of(ConnectorDefinition c, List<String> missingSettings) {
        return new ConnectorJson(c.platform().name(), c.displayName(), c.streams(),
                new AccountJson(c.accountIdFormat(), c.accountId().pattern()),
                c.credentialMethods().stream().map(MethodJson::of).toList(),
                c.scopes().stream().map(scope -> new ScopeJson(scope.name(), scope.why())).toList(),
                new TokensJson(c.tokens().accessToken().map(Duration::toString).getOrNull(),
                        c.tokens().refreshToken().map(Duration::toString).getOrNull(), c.tokens().refreshExtends(),
                        c.tokens().note()),
                c.defaultSchedule().map(Schedule::text).getOrNull(), c.lookbackDays(), c.datesIn().wireName(),
                c.reportingLatency().toString(), c.takesCredentials()
                        ? new ConsentJson(missingSettings.isEmpty(), missingSettings) : null);
    }
}
