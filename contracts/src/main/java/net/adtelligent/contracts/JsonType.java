package net.adtelligent.contracts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The JSON Schema primitive types a contract's schema may name. */
public enum JsonType {
    STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY, NULL;

    /** The name as JSON Schema spells it. */
    public String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<JsonType> bySchemaName(String name) {
        return Arrays.stream(values()).filter(type -> type.schemaName().equals(name)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(JsonType::schemaName).toList());
    }
}
