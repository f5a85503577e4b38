package net.adtelligent.application;

import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserStatus;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertStore;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mail of each episode, to the tenant's active owners and admins. The episodes are claimed
 * (marked mailed) in a unit of work and the mails sent after it commits, as every mail is: a slow
 * mail server holds no database connection. An episode whose mail fails is marked due again, so
 * the next round tries once more; an episode that ended before its mail went out is not mailed.
 */
final class AlertMailing {

    private static final Logger log = LoggerFactory.getLogger(AlertMailing.class);

    private final AlertStore alerts;
    private final TenantStore tenants;
    private final MembershipStore memberships;
    private final UserStore users;
    private final Mailer mailer;
    private final URI publicUrl;
    private final ConnectionNames names;
    private final UnitOfWork units;
    private final Clock clock;

    AlertMailing(AlertStore alerts, TenantStore tenants, MembershipStore memberships, UserStore users,
                 ConnectionStore connections, Mailer mailer, URI publicUrl, UnitOfWork units, Clock clock) {
        this.names = new ConnectionNames(connections);
        this.alerts = alerts;
        this.tenants = tenants;
        this.memberships = memberships;
        this.users = users;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.units = units;
        this.clock = clock;
    }

    private record Claimed(AlertEpisode episode, List<Mail> mails) {
    }

    /** Sends the tenant's due mails; the number of mails sent. */
    int sendDue(TenantId tenant) {
        Instant now = clock.instant();
        List<Claimed> claimed = units.inTenant(tenant, () -> {
            List<AlertEpisode> due = alerts.mailDue(tenant);
            if (due.isEmpty()) {
                return List.<Claimed>of();
            }
            Tenant named = tenants.byId(tenant).get();
            List<Email> to = recipients(tenant);
            return due.stream().map(episode -> {
                AlertEpisode mailed = episode.mailed(now);
                alerts.replace(mailed);
                Option<String> connection = names.of(tenant, episode);
                return new Claimed(mailed, to.stream()
                        .map(email -> MailTexts.alertOpened(email, named, episode, connection, publicUrl)).toList());
            }).toList();
        });
        int sent = 0;
        for (Claimed one : claimed) {
            try {
                for (Mail mail : one.mails()) {
                    mailer.send(mail);
                    sent++;
                }
            } catch (RuntimeException failed) {
                log.warn("alert mail of alert {} ({}) failed, due again next round: {}", one.episode().id(),
                        one.episode().kind(), failed.toString());
                units.inTenant(tenant, () -> alerts.lockById(tenant, one.episode().id())
                        .filter(stored -> stored.mailSentAt().equals(one.episode().mailSentAt()))
                        .peek(stored -> alerts.replace(stored.unmailed())));
            }
        }
        return sent;
    }

    private List<Email> recipients(TenantId tenant) {
        return memberships.ofTenant(tenant).stream()
                .filter(member -> member.role() == Role.OWNER || member.role() == Role.ADMIN)
                .map(Membership::userId)
                .flatMap(id -> users.byId(id).toJavaStream())
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .map(user -> user.email())
                .toList();
    }
}
