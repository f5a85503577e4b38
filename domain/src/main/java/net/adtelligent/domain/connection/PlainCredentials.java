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

    /**
     * The fields of what {@link #toJson()} wrote (an object of strings), opened again to be renewed:
     * a refresh needs the refresh token it replaces.
     */
    public static Map<String, String> fieldsOf(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8).strip();
        Map<String, String> fields = new TreeMap<>();
        int[] at = {1};
        if (!text.startsWith("{") || !text.endsWith("}")) {
            throw new IllegalArgumentException("credentials are not a JSON object");
        }
        skipSpace(text, at);
        while (text.charAt(at[0]) != '}') {
            String name = string(text, at);
            skipSpace(text, at);
            expect(text, at, ':');
            String value = string(text, at);
            fields.put(name, value);
            skipSpace(text, at);
            if (text.charAt(at[0]) == ',') {
                at[0]++;
                skipSpace(text, at);
            }
        }
        return fields;
    }

    private static String string(String text, int[] at) {
        skipSpace(text, at);
        expect(text, at, '"');
        StringBuilder value = new StringBuilder();
        while (text.charAt(at[0]) != '"') {
            char c = text.charAt(at[0]++);
            if (c == '\\') {
                char escaped = text.charAt(at[0]++);
                switch (escaped) {
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(at[0], at[0] + 4), 16));
                        at[0] += 4;
                    }
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    default -> value.append(escaped);
                }
            } else {
                value.append(c);
            }
        }
        at[0]++;
        return value.toString();
    }

    private static void expect(String text, int[] at, char wanted) {
        if (text.charAt(at[0]) != wanted) {
            throw new IllegalArgumentException("credentials are not a JSON object of strings");
        }
        at[0]++;
    }

    private static void skipSpace(String text, int[] at) {
        while (Character.isWhitespace(text.charAt(at[0]))) {
            at[0]++;
        }
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
