package net.adtelligent.adapters.http.webhooks;

import io.javalin.http.Context;
import java.util.Optional;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.Problems;
import net.adtelligent.domain.sync.NotificationRejection;
import net.adtelligent.ports.in.SyncNotifications;
import net.adtelligent.ports.in.SyncNotifications.Credentials;
import net.adtelligent.ports.in.SyncNotifications.Delivery;

/**
 * POST /api/airbyte/webhook/ (secret in the X-Webhook-Secret header) and
 * /api/airbyte/webhook/{secret}/ (in the path, as Airbyte's notification settings take only a URL).
 * Answers 202 once the delivery is authenticated and taken (recorded and passed on right after),
 * whatever becomes of it, so Airbyte does not retry a delivery about a connection no tenant uses;
 * the job is read from Airbyte's API afterwards.
 * The path's secret never reaches this service's logs: they name the route's pattern only.
 */
public final class AirbyteWebhookHandler {

    public static final String PATH = "/api/airbyte/webhook/";
    public static final String PATH_WITH_SECRET = "/api/airbyte/webhook/{secret}/";
    public static final String SECRET_HEADER = "X-Webhook-Secret";
    private static final String CHALLENGE = "Webhook-Secret realm=\"adtelligent-airbyte-webhook\"";

    record AcceptedJson(String detail) {
    }

    private static final AcceptedJson RECEIVED = new AcceptedJson("received; the job is read from Airbyte");

    private final SyncNotifications notifications;
    private final JsonBody body;

    public AirbyteWebhookHandler(SyncNotifications notifications, JsonBody body) {
        this.notifications = notifications;
        this.body = body;
    }

    public void receive(Context ctx) {
        byte[] bytes = body.readBytes(ctx);
        Optional<String> secret = ctx.pathParamMap().containsKey("secret")
                ? Optional.of(ctx.pathParam("secret"))
                : Optional.ofNullable(ctx.header(SECRET_HEADER));
        Credentials credentials = new Credentials(secret, header(ctx, "webhook-id"), header(ctx, "webhook-timestamp"),
                header(ctx, "webhook-signature"));
        notifications.receive(new Delivery(credentials, bytes, AirbyteNotificationJson.read(bytes))).fold(
                refused -> {
                    if (refused instanceof NotificationRejection.NotAuthentic) {
                        ctx.header(Problems.WWW_AUTHENTICATE, CHALLENGE);
                    }
                    throw new ProblemException(problem(refused));
                },
                taken -> {
                    ctx.header("Cache-Control", "no-store");
                    // Recorded and passed on after the answer: a repeat or an unknown connection is answered alike.
                    Json.write(ctx, 202, RECEIVED);
                    return taken;
                });
    }

    private static Problem problem(NotificationRejection refused) {
        // Off: the same answer as a path nothing serves, telling a prober nothing.
        return refused instanceof NotificationRejection.NotConfigured ? Problems.notServed() : Problem.of(refused);
    }

    private static Optional<String> header(Context ctx, String name) {
        return Optional.ofNullable(ctx.header(name));
    }
}
