package net.adtelligent.ports.out;

/**
 * Airbyte refused a request and would refuse it again (a 4xx other than 401 after renewal, 408 and
 * 429): e.g. a configuration its connector rejects, or an id it does not know. Never retried. The
 * message is Airbyte's own explanation with the status, for the operator; it carries no secrets
 * because Airbyte's problem answers name fields, not their values.
 */
public final class AirbyteRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public AirbyteRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status Airbyte answered, e.g. 400, 404 or 422. */
    public int status() {
        return status;
    }
}
