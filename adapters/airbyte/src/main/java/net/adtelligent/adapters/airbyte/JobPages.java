package net.adtelligent.adapters.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import net.adtelligent.ports.out.AirbyteOrchestration.AirbyteJob;
import net.adtelligent.ports.out.AirbyteOrchestration.JobQuery;

/**
 * GET /jobs, every page: the first with the query's filters, then each {@code next} link until an
 * answer has none. Only the link's query is used, against the configured API URL: a link naming
 * another host (Cloud's, behind a self-managed proxy) must neither get the bearer token nor be
 * followed there. A bound on pages keeps a server that always links onwards from looping us.
 */
final class JobPages {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 10_000;

    private final ResilientCalls calls;

    JobPages(ResilientCalls calls) {
        this.calls = calls;
    }

    List<AirbyteJob> all(JobQuery query) {
        List<AirbyteJob> jobs = new ArrayList<>();
        String pageQuery = firstPage(query);
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode answer = calls.call(ApiRequest.get("list jobs", "/jobs?" + pageQuery), false).orElseThrow();
            JsonNode data = Answers.field(answer, "data");
            if (!data.isArray()) {
                throw Answers.broken("data", "is not a list");
            }
            data.forEach(job -> jobs.add(Answers.job(job)));
            JsonNode next = answer.get("next");
            if (next == null || next.isNull() || next.asText().isBlank() || data.isEmpty()) {
                return jobs;
            }
            pageQuery = queryOf(next.asText());
        }
        throw AirbyteUnavailableException.lasting("Airbyte's job list did not end within " + MAX_PAGES + " pages", null);
    }

    static String firstPage(JobQuery query) {
        StringJoiner parameters = new StringJoiner("&");
        query.connectionId().ifPresent(id -> parameters.add("connectionId=" + encode(id)));
        query.status().ifPresent(status -> parameters.add("status=" + status.name().toLowerCase(Locale.ROOT)));
        query.createdFrom().ifPresent(from -> parameters.add("createdAtStart=" + encode(instant(from))));
        query.createdBefore().ifPresent(before -> parameters.add("createdAtEnd=" + encode(instant(before))));
        parameters.add("orderBy=" + encode("updatedAt|DESC"));
        parameters.add("limit=" + PAGE_SIZE);
        parameters.add("offset=0");
        return parameters.toString();
    }

    static String queryOf(String link) {
        try {
            String query = new URI(link).getRawQuery();
            if (query == null || query.isBlank()) {
                throw Answers.broken("next", "has no query");
            }
            return query;
        } catch (URISyntaxException bad) {
            throw Answers.broken("next", "is not a link");
        }
    }

    private static String instant(Instant at) {
        return at.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
