package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import java.util.Set;
import net.adtelligent.adapters.http.web.BackgroundWork;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Clients;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.ports.in.PasswordReset;

/** /api/auth/password-reset/ and its confirm: a link by mail, then a new password. */
public final class PasswordResetHandler {

    record AcceptedJson(String detail) {
    }

    // One body whatever happens next, so the answer says nothing about the email.
    private static final AcceptedJson ACCEPTED =
            new AcceptedJson("if an account uses this email, a reset link is on its way; it is valid for 30 minutes");

    private final PasswordReset reset;
    private final Throttle throttle;
    private final BackgroundWork background;
    private final JsonBody body;

    public PasswordResetHandler(PasswordReset reset, Throttle throttle, BackgroundWork background, JsonBody body) {
        this.reset = reset;
        this.throttle = throttle;
        this.background = background;
        this.body = body;
    }

    /**
     * 202 at once: looking the email up and mailing happen after the answer, so its timing is always
     * the same. Text that is not an address is taken too: it has no account, like many addresses.
     */
    public void request(Context ctx) {
        throttle.address(ctx, "password-reset");
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(Set.of("email"), Set.of());
        String email = fields.required("email");
        fields.throwIfInvalid();
        throttle.account(ctx, "password-reset", email);
        ClientInfo client = Clients.of(ctx);
        background.submit("password reset request", client.correlationId(), () -> reset.request(email, client));
        Json.write(ctx, 202, ACCEPTED);
    }

    public void confirm(Context ctx) {
        throttle.address(ctx, "password-reset-confirm");
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(Set.of("token", "password"), Set.of());
        String token = fields.required("token");
        String password = fields.required("password");
        fields.throwIfInvalid();
        reset.confirm(token, password, Clients.of(ctx)).getOrElseThrow(ProblemException::of);
        ctx.status(204);
    }
}
