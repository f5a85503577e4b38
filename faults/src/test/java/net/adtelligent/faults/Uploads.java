package net.adtelligent.faults;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** The three steps of a CSV import over HTTP (docs/imports.md), for one tenant. */
final class Uploads {

    private final String tenant;

    Uploads(String tenant) {
        this.tenant = tenant;
    }

    Answer upload(Api api, CsvFile file) {
        return upload(api, file.fileName(), HttpRequest.BodyPublishers.ofByteArray(file.bytes()));
    }

    Answer upload(Api api, String fileName, HttpRequest.BodyPublisher content) {
        return api.send("POST", "/api/tenants/" + tenant + "/uploads/csv/?file_name="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8), "text/csv", content);
    }

    Answer map(Api api, UUID upload, CsvFile file) {
        return api.putJson(path(upload) + "mapping/", file.mapping());
    }

    Answer commit(Api api, UUID upload) {
        return api.postJson(path(upload) + "commit/", Map.of());
    }

    Answer show(Api api, UUID upload) {
        return api.get(path(upload));
    }

    static UUID id(Answer uploaded) {
        return UUID.fromString(Api.read(uploaded).path("id").asText());
    }

    static String status(Answer answer) {
        return Api.read(answer).path("status").asText();
    }

    private String path(UUID upload) {
        return "/api/tenants/" + tenant + "/uploads/" + upload + "/";
    }
}
