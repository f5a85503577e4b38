package net.adtelligent.adapters.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.adtelligent.ports.out.Telemetry;

/** Keeps what the HTTP adapter reports, for tests to read; requests are served on other threads. */
final class RecordingTelemetry implements Telemetry {

    record Request(String method, String route, int status, Duration took) {
    }

    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

    @Override
    public void httpRequest(String method, String route, int status, Duration took) {
        requests.add(new Request(method, route, status, took));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }
}
