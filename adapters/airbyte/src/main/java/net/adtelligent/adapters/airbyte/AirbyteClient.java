package net.adtelligent.adapters.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import net.adtelligent.ports.out.AirbyteOrchestration;
import net.adtelligent.ports.out.AirbyteProvisioning;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Telemetry;

/**
 * Airbyte's public API v1 for the two Airbyte ports, over the JDK's HTTP client. Sources are
 * created in the configured workspace and connections lead to the configured destination.
 */
public final class AirbyteClient implements AirbyteProvisioning, AirbyteOrchestration {

    private final AirbyteConfig config;
    private final ResilientCalls calls;
    private final ObjectMapper json = new ObjectMapper();
    private final JobPages jobPages;
    private final ConnectionPages connectionPages;

    AirbyteClient(AirbyteConfig config, Telemetry telemetry, Clock clock, DoubleSupplier random) {
        this.config = Objects.requireNonNull(config, "config");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(config.policy().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        AirbyteHttp http = new AirbyteHttp(config.apiUrl(), config.credentials(), client, json, config.policy(), clock);
        this.calls = new ResilientCalls(http, config.policy(), Objects.requireNonNull(telemetry, "telemetry"), random);
        this.jobPages = new JobPages(calls);
        this.connectionPages = new ConnectionPages(calls, config.workspaceId());
    }

    public static AirbyteClient create(AirbyteConfig config, Telemetry telemetry) {
        return new AirbyteClient(config, telemetry, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Probes the configured workspace with one quick call: up when Airbyte answers and knows it. */
    public HealthProbe healthProbe() {
        return new AirbyteHealthProbe(calls, "/workspaces/" + segment(config.workspaceId()));
    }

    @Override
    public AirbyteSource createSource(SourceDraft draft) {
        ObjectNode body = json.createObjectNode()
                .put("name", draft.name())
                .put("workspaceId", config.workspaceId())
                .put("definitionId", draft.definitionId());
        body.set("configuration", json.valueToTree(draft.configuration()));
        return Answers.source(required(ApiRequest.post("create source", "/sources", body)));
    }

    @Override
    public Optional<AirbyteSource> source(String sourceId) {
        return calls.call(ApiRequest.get("get source", "/sources/" + segment(sourceId)), true).map(Answers::source);
    }

    @Override
    public AirbyteSource updateSource(String sourceId, SourceDraft draft) {
        ObjectNode body = json.createObjectNode().put("name", draft.name());
        body.set("configuration", json.valueToTree(draft.configuration()));
        return Answers.source(required(ApiRequest.patch("update source", "/sources/" + segment(sourceId), body)));
    }

    @Override
    public void deleteSource(String sourceId) {
        calls.call(ApiRequest.delete("delete source", "/sources/" + segment(sourceId)), true);
    }

    @Override
    public AirbyteConnection createConnection(ConnectionDraft draft) {
        ObjectNode body = connectionBody(draft)
                .put("sourceId", draft.sourceId())
                .put("destinationId", config.destinationId());
        return Answers.connection(required(ApiRequest.post("create connection", "/connections", body)));
    }

    @Override
    public Optional<AirbyteConnection> connection(String connectionId) {
        return calls.call(ApiRequest.get("get connection", "/connections/" + segment(connectionId)), true)
                .map(Answers::connection);
    }

    /** Name, schedule, status, namespace, prefix and streams; Airbyte does not move a connection to another source. */
    @Override
    public AirbyteConnection updateConnection(String connectionId, ConnectionDraft draft) {
        return Answers.connection(required(ApiRequest.patch("update connection", "/connections/" + segment(connectionId),
                connectionBody(draft))));
    }

    @Override
    public void deleteConnection(String connectionId) {
        calls.call(ApiRequest.delete("delete connection", "/connections/" + segment(connectionId)), true);
    }

    @Override
    public List<AirbyteConnection> connections() {
        return connectionPages.all();
    }

    @Override
    public boolean destinationExists() {
        return calls.call(ApiRequest.get("get destination", "/destinations/" + segment(config.destinationId())), true)
                .isPresent();
    }

    @Override
    public AirbyteJob startSync(String connectionId) {
        ObjectNode body = json.createObjectNode().put("connectionId", connectionId).put("jobType", "sync");
        return Answers.job(required(ApiRequest.post("start sync", "/jobs", body)));
    }

    @Override
    public Optional<AirbyteJob> job(long jobId) {
        return calls.call(ApiRequest.get("get job", "/jobs/" + jobId), true).map(Answers::job);
    }

    @Override
    public AirbyteJob cancelJob(long jobId) {
        return Answers.job(required(ApiRequest.delete("cancel job", "/jobs/" + jobId)));
    }

    @Override
    public List<AirbyteJob> jobs(JobQuery query) {
        return jobPages.all(query);
    }

    private ObjectNode connectionBody(ConnectionDraft draft) {
        ObjectNode body = json.createObjectNode()
                .put("name", draft.name())
                .put("status", draft.active() ? "active" : "inactive");
        ObjectNode schedule = body.putObject("schedule").put("scheduleType", draft.cron().isPresent() ? "cron" : "manual");
        draft.cron().ifPresent(cron -> schedule.put("cronExpression", cron));
        draft.namespace().ifPresent(namespace -> body.put("namespaceDefinition", "custom_format")
                .put("namespaceFormat", namespace));
        draft.prefix().ifPresent(prefix -> body.put("prefix", prefix));
        if (!draft.streams().isEmpty()) {
            ArrayNode streams = body.putObject("configurations").putArray("streams");
            draft.streams().forEach(stream -> streams.addObject().put("name", stream.name())
                    .put("syncMode", stream.syncMode().wireName()));
        }
        return body;
    }

    private JsonNode required(ApiRequest request) {
        return calls.call(request, false).orElseThrow();
    }

    static String segment(String id) {
        return URLEncoder.encode(Objects.requireNonNull(id, "id"), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
