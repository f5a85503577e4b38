package net.adtelligent.adapters.http.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Airbyte's notification bodies as its webhook sends them, and Standard Webhooks signatures of them. */
final class Deliveries {

    static final String CONNECTION = "64d901a1-2520-4d91-93c8-9df438668ff0";
    static final String OTHER_CONNECTION = "0f0e0d0c-0b0a-4999-8888-777766665555";
    // Fake values, for these tests only; the webhook asks for at least 24 URL-safe characters.
    static final String OLD_SECRET = "fake-webhook-secret-old-aaaaaaaa";
    static final String NEW_SECRET = "fake-webhook-secret-new-bbbbbbbb";
    static final String SIGNING_SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("fake signing key, tests only!!!!".getBytes(StandardCharsets.US_ASCII));

    private Deliveries() {
    }

    /** The body of Airbyte's notification of a finished sync (Slack-shaped: text, and data for programs). */
    static String notification(String connection, long job, boolean success) {
        return """
                {"text": "Your connection Meta Ads → Warehouse %1$s",
                 "data": {
                   "workspace": {"id": "b510e39b-e9e2-4833-9a3a-963e51d35fb4", "name": "Workspace1", "url": "https://cloud.airbyte.com/workspaces/b510e39b"},
                   "connection": {"id": "%2$s", "name": "Meta Ads → Warehouse", "url": "https://cloud.airbyte.com/connections/%2$s"},
                   "source": {"id": "c0ffee00-0000-4000-8000-000000000001", "name": "Meta Ads", "url": "https://cloud.airbyte.com/sources/1"},
                   "destination": {"id": "c0ffee00-0000-4000-8000-000000000002", "name": "Warehouse", "url": "https://cloud.airbyte.com/destinations/2"},
                   "jobId": %3$d, "success": %4$s,
                   "startedAt": "2026-11-26T10:00:00Z", "finishedAt": "2026-11-26T10:04:10Z",
                   "bytesEmitted": 1048576, "bytesCommitted": 1048576, "recordsEmitted": 2400, "recordsCommitted": 2400,
                   "durationInSeconds": 250%5$s}}
                """.formatted(success ? "succeeded" : "failed", connection, job, success,
                success ? "" : ", \"errorMessage\": \"Token expired for account act_1234\", \"errorType\": \"config_error\"");
    }

    /** webhook-signature for {@code body}: v1 and base64 of HMAC-SHA256 over id.timestamp.body. */
    static String signature(String secret, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
