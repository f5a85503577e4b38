package net.adtelligent.application;

import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.out.Mail;

/**
 * The mails the core sends. Links carry the token in the fragment (after #), which browsers do
 * not send to servers or put in Referer headers, so it stays out of access logs.
 */
final class MailTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private MailTexts() {
    }

    static Mail passwordReset(Email to, URI publicUrl, String token, Instant expiresAt) {
        return new Mail(to, "Reset your Adtelligent password", String.join("\n",
                "Someone asked to reset the password of your Adtelligent account " + to + ".",
                "",
                "Choose a new password here (the link works once, until " + WHEN.format(expiresAt) + "):",
                link(publicUrl, "reset-password", token),
                "",
                "Or send the token to POST /api/auth/password-reset/confirm/ with your new password:",
                token,
                "",
                "If it was not you, ignore this mail: your password stays as it is."));
    }

    static Mail invitation(Email to, Tenant tenant, Role role, URI publicUrl, String token, Instant expiresAt) {
        return new Mail(to, "You are invited to " + tenant.displayName().value() + " on Adtelligent", String.join("\n",
                "You are invited to the workspace \"" + tenant.displayName().value() + "\" as " + role.wireName() + ".",
                "",
                "Accept here (the link works once, until " + WHEN.format(expiresAt) + "):",
                link(publicUrl, "accept-invitation", token),
                "",
                "Or send the token to POST /api/auth/invitations/accept/ with the password you want:",
                token));
    }

    /** An alert's new episode, to one of the tenant's owners and admins; sent once per episode. */
    /** {@code connection}: the name of the connection the alert is about, where it is about one. */
    static Mail alertOpened(Email to, Tenant tenant, AlertEpisode episode, Option<String> connection, URI publicUrl) {
        String about = oneLine(connection.map(name -> episode.kind() + ": " + name)
                .getOrElse(() -> episode.kind() + " (" + episode.subject().value() + ")"));
        // The console's alerts page: a person reading mail has a browser, not an access token.
        String list = publicUrl.toString().replaceAll("/+$", "") + "/#/" + tenant.slug().value() + "/alerts";
        return new Mail(to, "Alert in " + oneLine(tenant.displayName().value()) + ": " + about, String.join("\n",
                "An alert opened in the workspace \"" + tenant.displayName().value() + "\" at "
                        + WHEN.format(episode.openedAt()) + ":",
                "",
                about,
                episode.message(),
                "",
                "It resolves by itself when its condition clears. This is the only mail of this alert, even if",
                "it clears and comes back within a short while. Acknowledge it, or see every open alert, here:",
                list));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String link(URI publicUrl, String page, String token) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return base + "/" + page + "#token=" + token;
    }
}
