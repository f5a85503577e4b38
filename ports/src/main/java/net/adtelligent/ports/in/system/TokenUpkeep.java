package net.adtelligent.ports.in.system;

/**
 * Keeps connections' tokens alive, for the scheduler: renews those the platform lets renew before
 * they end; moves a connection whose renewal is refused to reauth_required and raises
 * {@code reauth_required} once; raises {@code token_expiring} once for a token that ends within
 * seven days and cannot be renewed.
 */
public interface TokenUpkeep {

    Report run();

    record Report(int renewed, int reauthRequired, int warned, int failed) {
    }
}
