package net.adtelligent.domain.connection;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads back what {@link PlainCredentials#toJson()} wrote once a sealed value is opened: a flat JSON
 * object of strings. Anything else is a broken value, refused without quoting it.
 */
final class CredentialsJson {

    private final String text;
    private int at;

    private CredentialsJson(String text) {
        this.text = text;
    }

    static Map<String, String> read(byte[] json) {
        CredentialsJson reader = new CredentialsJson(new String(json, StandardCharsets.UTF_8));
        Map<String, String> fields = new TreeMap<>();
        reader.expect('{');
        reader.skipSpace();
        if (reader.peek() == '}') {
            return fields;
        }
        while (true) {
            String name = reader.string();
            reader.expect(':');
            fields.put(name, reader.string());
            reader.skipSpace();
            char next = reader.next();
            if (next == '}') {
                return fields;
            }
            if (next != ',') {
                throw broken();
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw broken();
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException bad) {
                        throw broken();
                    }
                    at += 4;
                }
                default -> throw broken();
            }
        }
    }

    private void expect(char wanted) {
        skipSpace();
        if (next() != wanted) {
            throw broken();
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw broken();
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private static IllegalArgumentException broken() {
        return new IllegalArgumentException("opened credentials are not a JSON object of strings");
    }
}
