package net.adtelligent.domain.connection;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import net.adtelligent.domain.fact.Platform;

/**
 * Credential fields in plain text, checked against their connector, on their way to being sealed.
 * Never logged or answered: {@link #toString()} names the fields only. Its JSON (an object of
 * strings, fields in order of name) is what is sealed.
 */
public final class PlainCredentials {

    private final String method;
    private final TreeMap<String, String> fields;

    private PlainCredentials(String method, Map<String, String> fields) {
        this.method = method;
        this.fields = new TreeMap<>(fields);
    }

    static PlainCredentials of(String method, Map<String, String> fields) {
        return new PlainCredentials(method, fields);
    }

    /**
     * The fields of an opened sealed value (its JSON), with the method of the platform's connector
     * they are all fields of; the JSON is not kept.
     */
    public static PlainCredentials opened(Platform platform, byte[] json) {
        Map<String, String> fields = CredentialsJson.read(json);
        String method = ConnectorCatalog.of(platform).credentialMethods().stream()
                .filter(candidate -> fields.keySet().stream().allMatch(candidate::has))
                .map(CredentialMethod::name).findFirst().orElse("");
        return new PlainCredentials(method, fields);
    }

    /** The name of the credential method the fields are of ("oauth", "access_token", ...); "" for none. */
    public String method() {
        return method;
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** {@code {"name":"value",...}}, UTF-8: what the vault seals. */
    public byte[] toJson() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name);
            json.append(':');
            quote(json, value);
        });
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    @Override
    public String toString() {
        return "PlainCredentials" + fields.keySet();
    }
}
