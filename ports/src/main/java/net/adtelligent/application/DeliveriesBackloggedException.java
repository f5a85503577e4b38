package net.adtelligent.application;

import net.adtelligent.ports.out.OutsidePartUnavailableException;

/**
 * Too many webhook deliveries wait to be recorded: the database is behind. Answered 503 with
 * Retry-After, so the sender tries again later; nothing of the delivery was kept.
 */
final class DeliveriesBackloggedException extends OutsidePartUnavailableException {

    private static final long serialVersionUID = 1L;

    DeliveriesBackloggedException() {
        super("database", "the webhook's backlog of deliveries to record is full", null);
    }
}
