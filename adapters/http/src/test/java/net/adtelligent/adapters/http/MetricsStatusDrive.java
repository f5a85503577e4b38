package net.adtelligent.adapters.http;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * The combined-metrics and snapshot routes into every outcome they have, for {@link StatusDrive}:
 * on its server and tenant "acme", each request leaving the state the next needs.
 */
final class MetricsStatusDrive {

    private static final String COMBINED = "/api/tenants/acme/metrics/combined/";
    private static final String SNAPSHOTS = "/api/tenants/acme/snapshots/";
    private static final String LATEST = SNAPSHOTS + "latest/";

    private final TestApi api;
    private final List<HttpResponse<String>> seen;

    MetricsStatusDrive(TestApi api, List<HttpResponse<String>> seen) {
        this.api = api;
        this.seen = seen;
    }

    void drive() {
        seen.add(api.get(LATEST));
        seen.add(api.get(SNAPSHOTS));
        seen.add(api.post(SNAPSHOTS, ""));
        seen.add(revalidated(LATEST));
        seen.add(api.get(COMBINED));
        seen.add(revalidated(COMBINED + "?granularity=week"));
        seen.add(api.get(COMBINED + "?start=2026-11-30&end=2026-11-01"));
        for (String path : List.of(COMBINED, SNAPSHOTS, LATEST)) {
            seen.add(api.get(path.replace("acme", "a%00b")));
            seen.add(api.anonymous().get(path));
            seen.add(api.get(path.replace("acme", "nobody")));
        }
        seen.add(api.post(SNAPSHOTS.replace("acme", "a%00b"), ""));
        seen.add(api.anonymous().post(SNAPSHOTS, ""));
        seen.add(api.post(SNAPSHOTS.replace("acme", "nobody"), ""));
    }

    /** A GET, then the same GET with the ETag it answered: 200, then 304. */
    private HttpResponse<String> revalidated(String path) {
        HttpResponse<String> first = api.get(path);
        seen.add(first);
        return api.send(api.request(path).header("If-None-Match", TestApi.header(first, "ETag")));
    }

    /** Every route once more, with every store broken (StatusDrive breaks them). */
    void failing() {
        seen.add(api.get(COMBINED));
        seen.add(api.get(SNAPSHOTS));
        seen.add(api.post(SNAPSHOTS, ""));
        seen.add(api.get(LATEST));
    }
}
