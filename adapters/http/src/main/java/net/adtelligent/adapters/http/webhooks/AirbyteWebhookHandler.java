package net.adtelligent.adapters.http.webhooks;

import io.javalin.http.Context;
import io.vavr.Lazy;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.Optional;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.Problems;
import net.adtelligent.adapters.http.web.WholeBody;
import net.adtelligent.domain.sync.NotificationRejection;
import net.adtelligent.ports.in.SyncNotifications;
import net.adtelligent.ports.in.SyncNotifications.Credentials;
import net.adtelligent.ports.in.SyncNotifications.Delivery;
import net.adtelligent.ports.in.SyncNotifications.JobNotice;

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

    /** The one answer to every delivery taken, serialised once. */
    private static final byte[] RECEIVED = Json.bytes(new AcceptedJson("received; the job is read from Airbyte"));

    private final SyncNotifications notifications;
    private final JsonBody body;

    public AirbyteWebhookHandler(SyncNotifications notifications, JsonBody body) {
        this.notifications = notifications;
        this.body = body;
    }

    public void receive(Context ctx) throws IOException {
        byte[] bytes = body.readBytes(ctx);
        Optional<String> secret = ctx.pathParamMap().containsKey("secret")
                ? Optional.of(ctx.pathParam("secret"))
                : Optional.ofNullable(ctx.header(SECRET_HEADER));
        Credentials credentials = new Credentials(secret, header(ctx, "webhook-id"), header(ctx, "webhook-timestamp"),
                header(ctx, "webhook-signature"));
        Either<NotificationRejection, JobNotice> received =
                notifications.receive(new Delivery(credentials, bytes, Lazy.of(() -> AirbyteNotificationJson.read(bytes))));
        if (received.isLeft()) {
            NotificationRejection refused = received.getLeft();
            if (refused instanceof NotificationRejection.NotAuthentic) {
                ctx.header(Problems.WWW_AUTHENTICATE, CHALLENGE);
            }
            throw new ProblemException(problem(refused));
        }
        // Recorded and passed on after the answer: a repeat or an unknown connection is answered alike.
        // Written whole with its length, the answer leaves at once, not after the access log line.
        ctx.header("Cache-Control", "no-store");
        ctx.status(202).contentType(Json.MEDIA_TYPE);
        WholeBody.write(ctx, RECEIVED);
    }

    private static Problem problem(NotificationRejection refused) {
        // Off: the same answer as a path nothing serves, telling a prober nothing.
        return refused instanceof NotificationRejection.NotConfigured ? Problems.notServed() : Problem.of(refused);
    }

    private static Optional<String> header(Context ctx, String name) {
        return Optional.ofNullable(ctx.header(name));
    }
}
