package net.adtelligent.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ADT_DATABASE_URL in either form operators meet: libpq's {@code postgresql://user:pass@host:5432/db}
 * (what hosting providers hand out) or JDBC's {@code jdbc:postgresql://host:5432/db?user=…&password=…}.
 * Credentials are taken out of the URL, so no log line or message that shows the URL can leak them.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    public static DatabaseUrl parse(String text) {
        String rest;
        if (text.startsWith("jdbc:postgresql://")) {
            rest = text.substring("jdbc:".length());
        } else if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            rest = text;
        } else {
            throw invalid("must start with postgresql:// or jdbc:postgresql://");
        }
        URI uri;
        try {
            uri = new URI(rest);
        } catch (URISyntaxException malformed) {
            throw invalid("is not a URL: " + malformed.getReason());
        }
        if (uri.getHost() == null) {
            throw invalid("names no host");
        }
        String user = null;
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        List<String> parameters = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String[] pair = parameter.split("=", 2);
                String value = pair.length > 1 ? decode(pair[1]) : "";
                switch (pair[0]) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> parameters.add(parameter);
                }
            }
        }
        if (user == null || user.isEmpty()) {
            throw invalid("names no user (postgresql://USER:PASSWORD@host:5432/database)");
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String query = parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + port + path + query, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static ConfigurationException invalid(String reason) {
        return new ConfigurationException("ADT_DATABASE_URL " + reason);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + user + "]";
    }
}
