package net.adtelligent.ports.out;

import java.util.Objects;

/**
 * An outside part (the database, the mail service) could not do what was asked: an infrastructure
 * failure, so an exception, never a {@code Rejection}. Each adapter throws its own documented
 * subclass; whoever answers the user catches this one type, whatever the technology behind it. The
 * HTTP adapter answers 503 problem+json naming only the component; the CLI prints the message.
 *
 * <p>The message is one line for an operator (it may name a host, never a password); the cause
 * keeps the technology's own exception for the log.
 */
public abstract class OutsidePartUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String component;

    /** {@code component}: the name {@link HealthProbe#component()} uses for the same part ("database", "mail"). */
    protected OutsidePartUnavailableException(String component, String message, Throwable cause) {
        super(message, cause);
        this.component = Objects.requireNonNull(component, "component");
    }

    public String component() {
        return component;
    }
}
