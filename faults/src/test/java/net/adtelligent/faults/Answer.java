package net.adtelligent.faults;

import java.time.Duration;

/**
 * One request and what came back, as a client saw it: the status (or none: {@code failure} says
 * why, e.g. a timeout or a connection the killed process dropped), its media type and body, and
 * when it was sent and answered on the harness's monotonic clock.
 */
record Answer(String instance, String request, int status, String contentType, String body,
              long sentNanos, long answeredNanos, String failure) {

    static final int NONE = -1;

    boolean success() {
        return status >= 200 && status < 300;
    }

    /** The wanted answer while a part is away: 503 as problem+json, so a client knows to retry. */
    boolean unavailableProblem() {
        return status == 503 && contentType.startsWith("application/problem+json");
    }

    Duration latency() {
        return Duration.ofNanos(answeredNanos - sentNanos);
    }

    /** Whether it was under way at some time in [from, to]. */
    boolean overlaps(long fromNanos, long toNanos) {
        return sentNanos <= toNanos && answeredNanos >= fromNanos;
    }

    String statusName() {
        return status == NONE ? "no answer (" + failure + ")" : Integer.toString(status);
    }

    String describe() {
        String snippet = body.length() > 100 ? body.substring(0, 100) + "…" : body;
        return instance + " " + request + " -> " + statusName() + " after " + latency().toMillis() + " ms "
                + contentType + " " + snippet.replace('\n', ' ');
    }
}
