package net.adtelligent.domain.audit;

import java.util.Objects;

/** Where a request came from, as recorded in the audit log. */
public record ClientInfo(String address, String userAgent, String correlationId) {

    public ClientInfo {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** Work started on this machine (CLI, start-up, scheduled tasks), not by a remote client. */
    public static ClientInfo local(String what) {
        return new ClientInfo("local", what, "local");
    }
}
