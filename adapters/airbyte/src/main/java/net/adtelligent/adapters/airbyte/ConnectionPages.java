package net.adtelligent.adapters.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.ports.out.AirbyteProvisioning.AirbyteConnection;

/**
 * GET /connections of the workspace, every page, following {@code next} by its query only, as
 * {@link JobPages} does and for the same reasons.
 */
final class ConnectionPages {

    static final int PAGE_SIZE = 100;

    private final ResilientCalls calls;
    private final String workspaceId;

    ConnectionPages(ResilientCalls calls, String workspaceId) {
        this.calls = calls;
        this.workspaceId = workspaceId;
    }

    List<AirbyteConnection> all() {
        List<AirbyteConnection> found = new ArrayList<>();
        String pageQuery = "workspaceIds=" + AirbyteClient.segment(workspaceId) + "&includeDeleted=false&limit="
                + PAGE_SIZE + "&offset=0";
        for (int page = 0; page < JobPages.MAX_PAGES; page++) {
            JsonNode answer = calls.call(ApiRequest.get("list connections", "/connections?" + pageQuery), false)
                    .orElseThrow();
            JsonNode data = Answers.field(answer, "data");
            if (!data.isArray()) {
                throw Answers.broken("data", "is not a list");
            }
            data.forEach(connection -> found.add(Answers.connection(connection)));
            JsonNode next = answer.get("next");
            if (next == null || next.isNull() || next.asText().isBlank() || data.isEmpty()) {
                return found;
            }
            pageQuery = JobPages.queryOf(next.asText());
        }
        throw AirbyteUnavailableException.lasting("Airbyte's connection list did not end within " + JobPages.MAX_PAGES
                + " pages", null);
    }
}
