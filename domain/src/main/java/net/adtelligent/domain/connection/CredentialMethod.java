package net.adtelligent.domain.connection;

import java.util.List;
import java.util.Objects;

/**
 * One way to authenticate to a platform (an OAuth refresh token, a service account, a long-lived
 * token): the fields it takes. A connector with several accepts the fields of exactly one.
 */
public record CredentialMethod(String name, String description, List<CredentialField> fields) {

    public CredentialMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
    }

    boolean has(String field) {
        return fields.stream().anyMatch(known -> known.name().equals(field));
    }
}
