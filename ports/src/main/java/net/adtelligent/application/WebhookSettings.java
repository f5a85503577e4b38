package net.adtelligent.application;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How Airbyte's webhook authenticates deliveries. Airbyte signs nothing, so each installation has
 * its own secret, sent in the URL path or a header; several are accepted while one is rotated.
 * Where a relay in front signs deliveries the Standard Webhooks way, its {@code whsec_} secrets
 * check the signature, which {@code signatureRequired} makes mandatory.
 *
 * @param secrets           accepted secrets; none and no signing secret: the webhook is off
 * @param signingSecrets    Standard Webhooks secrets ({@code whsec_} and base64), several during a rotation
 * @param signatureRequired a delivery without a valid signature is refused, whatever secret it brings
 * @param tolerance         how far a signature's webhook-timestamp may be from now, either way
 * @param backlog           deliveries that may wait to be recorded; past it they are refused (503)
 * @param retention         how long recorded deliveries are kept, to tell a repeat from a first
 */
public record WebhookSettings(List<String> secrets, List<String> signingSecrets, boolean signatureRequired,
                              Duration tolerance, int backlog, Duration retention) {

    /** Shorter secrets could be guessed: the webhook is not throttled beyond requests per address. */
    public static final int MIN_SECRET_LENGTH = 24;
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /** About 15 MB at most: a second or more of a flood while the database stalls, not a refusal. */
    public static final int DEFAULT_BACKLOG = 100_000;
    /** Airbyte retries a delivery for minutes, not weeks: a month tells every repeat that matters. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    public static final WebhookSettings OFF = new WebhookSettings(List.of(), List.of(), false, DEFAULT_TOLERANCE);

    public WebhookSettings {
        secrets = List.copyOf(secrets);
        signingSecrets = List.copyOf(signingSecrets);
        Objects.requireNonNull(tolerance, "tolerance");
        // The secrets are never repeated in these messages: they would land in whatever logs the failure.
        for (String secret : secrets) {
            if (secret.length() < MIN_SECRET_LENGTH || !secret.chars().allMatch(WebhookSettings::urlSafe)) {
                throw new IllegalArgumentException("a webhook secret must be at least " + MIN_SECRET_LENGTH
                        + " characters of A-Z, a-z, 0-9, '-', '_' and '.' (it travels in a URL path)");
            }
        }
        signingSecrets.forEach(StandardWebhookSignature::key);
        if (signatureRequired && signingSecrets.isEmpty()) {
            throw new IllegalArgumentException("a signature can be required only with a signing secret");
        }
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("the signature tolerance must be positive");
        }
        if (backlog < 1) {
            throw new IllegalArgumentException("the backlog must be positive");
        }
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive");
        }
    }

    public WebhookSettings(List<String> secrets, List<String> signingSecrets, boolean signatureRequired, Duration tolerance,
                           int backlog) {
        this(secrets, signingSecrets, signatureRequired, tolerance, backlog, DEFAULT_RETENTION);
    }

    public WebhookSettings(List<String> secrets, List<String> signingSecrets, boolean signatureRequired, Duration tolerance) {
        this(secrets, signingSecrets, signatureRequired, tolerance, DEFAULT_BACKLOG);
    }

    public WebhookSettings withBacklog(int deliveries) {
        return new WebhookSettings(secrets, signingSecrets, signatureRequired, tolerance, deliveries, retention);
    }

    public WebhookSettings withRetention(Duration kept) {
        return new WebhookSettings(secrets, signingSecrets, signatureRequired, tolerance, backlog, kept);
    }

    public static WebhookSettings secrets(List<String> secrets) {
        return new WebhookSettings(secrets, List.of(), false, DEFAULT_TOLERANCE);
    }

    public boolean configured() {
        return !secrets.isEmpty() || !signingSecrets.isEmpty();
    }

    /** Never the secrets themselves: settings end up in start-up logs. */
    @Override
    public String toString() {
        return "WebhookSettings[secrets=" + secrets.size() + ", signingSecrets=" + signingSecrets.size()
                + ", signatureRequired=" + signatureRequired + ", tolerance=" + tolerance + ", backlog=" + backlog + ", retention=" + retention + "]";
    }

    private static boolean urlSafe(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
    }
}
