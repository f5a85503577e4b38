package net.adtelligent.adapters.http;

/**
 * Request limits of the endpoints that take passwords or tokens (login, token, refresh, password
 * reset, invitation acceptance), each counted over a sliding minute by each instance of the
 * service. They stop floods; failed logins are slowed by the core, across instances
 * ({@code LoginLimits}).
 *
 * @param perAddressPerMinute requests one client address may make to one such endpoint
 * @param perAccountPerMinute password reset requests naming one email. Logins have no such limit:
 *                            anyone could use it to keep an account's owner out
 */
public record Throttling(int perAddressPerMinute, int perAccountPerMinute) {

    public Throttling {
        positive("perAddressPerMinute", perAddressPerMinute);
        positive("perAccountPerMinute", perAccountPerMinute);
    }

    /** Generous per address (an office behind one NAT shares it); ten reset mails a minute per email at most. */
    public static Throttling defaults() {
        return new Throttling(60, 10);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
