package net.adtelligent.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.CredentialField;
import net.adtelligent.domain.connection.CredentialMethod;
import net.adtelligent.domain.fact.Platform;

/**
 * Credentials as an operator gives them: a JSON object of strings on standard input (as the API
 * takes them), or field by field at a prompt that does not echo secret ones. Never an argument,
 * which shell histories and process lists would keep.
 */
final class CredentialsInput {

    private CredentialsInput() {
    }

    static Map<String, String> fromStdin(InputStream in) {
        try {
            JsonNode root = new ObjectMapper().readTree(in);
            if (root == null || !root.isObject()) {
                throw new ConfigurationException("--credentials-stdin: standard input must hold a JSON object of"
                        + " strings, e.g. {\"access_token\": \"...\"}");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            root.properties().forEach(field -> {
                if (!field.getValue().isTextual()) {
                    throw new ConfigurationException("--credentials-stdin: " + field.getKey() + " must be a string");
                }
                fields.put(field.getKey(), field.getValue().textValue());
            });
            return fields;
        } catch (IOException unreadable) {
            if (unreadable instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                // The parser's message may quote the input, which holds secrets: say only where it broke.
                throw new ConfigurationException("--credentials-stdin: standard input is not JSON");
            }
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Asks for each field of the platform's credential method (the first unless named). */
    static Map<String, String> prompt(Platform platform, String methodName) {
        if (System.console() == null) {
            throw new ConfigurationException("no terminal to ask for the credentials: pipe a JSON object in with"
                    + " --credentials-stdin");
        }
        CredentialMethod method = ConnectorCatalog.of(platform).credentialMethods().stream()
                .filter(known -> methodName == null || known.name().equals(methodName))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException("--method: " + platform + " has no method '" + methodName
                        + "' (adtelligent connectors list shows them)"));
        Map<String, String> fields = new LinkedHashMap<>();
        for (CredentialField field : method.fields()) {
            String label = field.name() + (field.required() ? "" : " (optional, Enter to skip)") + ": ";
            String value = field.secret() ? new String(System.console().readPassword(label))
                    : System.console().readLine(label);
            if (value != null && !value.isEmpty()) {
                fields.put(field.name(), value);
            }
        }
        return fields;
    }
}
