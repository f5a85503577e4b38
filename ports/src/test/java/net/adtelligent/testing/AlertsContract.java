package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.alert.StaleAfter;
import net.adtelligent.domain.alert.SyncAlertRules;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.Schedule;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Alerts;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.Mail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alert lifecycle through the core, on one technology's stores: sync results recorded the way
 * the orchestration records them (run stored and observer told, in one unit of work), the scheduled
 * checks, the one mail per episode (counted), a flapping connection, the list and the acknowledgement.
 */
public abstract class AlertsContract extends CoreContract {

    /** Obviously fake, for a connection's credentials. */
    static final String TOKEN = "EA" + "FakeAlertsContractToken".repeat(2);
    static final String CONNECTION_NAME = "Brand EU on Meta";

    private final MutableClock clock = new MutableClock();
    private Slug slug;
    private TenantId tenant;
    private Actor owner;
    private User admin;
    private ConnectionId connection;
    private long job;

    @Override
    protected Clock clock() {
        return clock;
    }

    @BeforeEach
    void tenantWithAConnection() {
        slug = newTenantOwnedBy(ann);
        tenant = test.stores.tenants().bySlug(slug).get().id();
        owner = Actor.user(ann.id(), CLIENT);
        admin = member(Role.ADMIN);
        member(Role.ANALYST);
        connection = test.core.connections().create(owner, slug, new ConnectionDraft("META_ADS", "1234",
                Option.of(CONNECTION_NAME), Option.of("PT6H"), Map.of("access_token", TOKEN), Option.none())).get().id();
        job = System.nanoTime();
    }

    private User member(Role role) {
        User user = test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
        test.core.manageUsers().addMember(SYSTEM, slug.value(), user, role).get();
        return user;
    }

    /** One finished run an hour after the last: "F" failed, "S<n>" succeeded with n records. */
    private void sync(String... results) {
        for (String result : results) {
            clock.advance(Duration.ofHours(1));
            SyncStatus status = result.startsWith("S") ? SyncStatus.SUCCEEDED : SyncStatus.FAILED;
            long records = result.length() > 1 ? Long.parseLong(result.substring(1)) : 0;
            SyncRun run = new SyncRun(SyncRunId.random(), tenant, connection, Option.of(++job), SyncTrigger.SCHEDULE,
                    status, clock.instant().minusSeconds(600), Option.of(clock.instant()), records, records * 100,
                    status == SyncStatus.FAILED ? Option.of("the platform answered 500") : Option.none());
            unitOfWork().inTenant(tenant, () -> {
                test.syncRuns.add(run);
                test.core.syncAlertRules().finished(run);
                return null;
            });
        }
    }

    private List<AlertEpisode> alerts(Option<String> state) {
        return listed(state).stream().map(Alerts.Listed::episode).toList();
    }

    private List<Alerts.Listed> listed(Option<String> state) {
        return test.core.alerts().list(owner, slug, new Alerts.Query(state, PageQuery.first(100))).get().items();
    }

    /** The mails about this test's tenant (the stores may hold other tests' tenants, whose mails go too). */
    private List<Mail> mails() {
        return test.mailer.sent().stream()
                .filter(mail -> mail.text().contains("/#/" + slug.value() + "/alerts"))
                .toList();
    }

    @Test
    void failures_givenThreeInARow_openOneEpisodeMailedOnceToOwnersAndAdmins() {
        sync("S10", "F", "F");
        assertThat(alerts(Option.none())).isEmpty();

        sync("F");
        test.core.alertChecks().sendMails();
        int sent = mails().size();
        sync("F", "F");
        test.core.alertChecks().sendMails();
        int sentLater = mails().size() - sent;

        assertThat(listed(Option.of("open"))).singleElement().satisfies(listed ->
                assertThat(listed.connectionName()).containsExactly(CONNECTION_NAME));
        assertThat(alerts(Option.of("open"))).singleElement().satisfies(episode -> {
            assertThat(episode.kind()).isEqualTo(SyncAlertRules.FAILING);
            assertThat(episode.subject()).isEqualTo(AlertSubject.connection(connection));
            assertThat(episode.message()).contains("last 5 syncs failed", "the platform answered 500");
        });
        assertThat(sent).isEqualTo(2);
        assertThat(sentLater).isZero();
        assertThat(mails()).extracting(mail -> mail.to().value())
                .containsExactlyInAnyOrder(ann.email().value(), admin.email().value());
        assertThat(mails().get(0).subject()).contains("sync_failing: " + CONNECTION_NAME).doesNotContain(TOKEN);
        assertThat(mails().get(0).text()).contains("/#/" + slug.value() + "/alerts");
    }

    @Test
    void failures_givenASuccess_resolveByThemselvesAndNoMailGoesForTheEndedEpisode() {
        sync("F", "F", "F", "S10");

        assertThat(alerts(Option.of("open"))).isEmpty();
        assertThat(alerts(Option.of("resolved"))).singleElement().satisfies(episode ->
                assertThat(episode.resolvedAt()).isEqualTo(Option.of(clock.instant())));
        test.core.alertChecks().sendMails();
        assertThat(mails()).isEmpty();
    }

    @Test
    void flapping_givenFailThreeSucceedOnceRepeated_staysOneEpisodeWithOneMailPerRecipient() {
        for (int swing = 0; swing < 6; swing++) {
            sync("F", "F", "F");
            test.core.alertChecks().sendMails();
            sync("S10");
            test.core.alertChecks().sendMails();
        }

        assertThat(alerts(Option.none())).singleElement().satisfies(episode ->
                assertThat(episode.state()).isEqualTo(AlertState.RESOLVED));
        assertThat(mails()).hasSize(2);

        // A day later the same failure is a new episode, and mailed again.
        clock.advance(Duration.ofHours(25));
        sync("F", "F", "F");
        test.core.alertChecks().sendMails();

        assertThat(alerts(Option.none())).extracting(AlertEpisode::state)
                .containsExactly(AlertState.OPEN, AlertState.RESOLVED);
        assertThat(mails()).hasSize(4);
    }

    @Test
    void emptySync_givenZeroRecordsAfterSyncsWithRecords_raisesAndANonEmptyOneResolves() {
        sync("S120", "S80", "S100", "S0");

        assertThat(alerts(Option.of("open"))).singleElement().satisfies(episode -> {
            assertThat(episode.kind()).isEqualTo(SyncAlertRules.EMPTY);
            assertThat(episode.message()).contains("median of 100");
        });

        sync("S7");
        assertThat(alerts(Option.of("open"))).isEmpty();
    }

    @Test
    void staleSource_givenNoSuccessWithinItsAllowance_raisedOnScheduleAndResolvedByASuccess() {
        sync("S10");
        Duration allowed = StaleAfter.of(Schedule.every(Duration.ofHours(6)), Duration.ofHours(6));
        clock.advance(allowed.minusHours(1));
        test.core.alertChecks().checkSources();
        assertThat(alerts(Option.none())).isEmpty();

        clock.advance(Duration.ofHours(2));
        test.core.alertChecks().checkSources();
        test.core.alertChecks().checkSources();
        assertThat(alerts(Option.none())).singleElement().satisfies(episode ->
                assertThat(episode.kind()).isEqualTo(SyncAlertRules.STALE));

        sync("S10");
        assertThat(alerts(Option.of("open"))).isEmpty();
    }

    @Test
    void staleSource_givenThePausedConnection_isNotStaleAndItsAlertsResolve() {
        sync("F", "F", "F");
        clock.advance(Duration.ofDays(3));
        test.core.connections().pause(owner, slug, connection).get();

        test.core.alertChecks().checkSources();
        assertThat(alerts(Option.of("open"))).isEmpty();
    }

    @Test
    void acknowledge_givenAnAdmin_acknowledgesAuditsAndStaysSoWhileItHolds() {
        sync("F", "F", "F");
        long id = alerts(Option.none()).get(0).id();
        Actor asAdmin = Actor.user(admin.id(), CLIENT);

        Alerts.Listed answer = test.core.alerts().acknowledge(asAdmin, slug, id).get();
        AlertEpisode acknowledged = answer.episode();
        sync("F");

        assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(Option.of(admin.id()));
        assertThat(answer.connectionName()).containsExactly(CONNECTION_NAME);
        assertThat(alerts(Option.of("acknowledged"))).hasSize(1);
        assertThat(test.core.alerts().acknowledge(asAdmin, slug, id).get().episode().acknowledgedAt())
                .isEqualTo(acknowledged.acknowledgedAt());
        assertThat(test.core.readAudit().search(owner, slug, net.adtelligent.ports.in.ReadAudit.AuditQuery.defaults(),
                PageQuery.first(100))
                .get().items()).filteredOn(event -> event.action().equals("alert.acknowledged")).hasSize(1);
    }

    @Test
    void acknowledge_givenAViewerAnotherTenantsAdminOrAResolvedAlert_refuses() {
        sync("F", "F", "F");
        long id = alerts(Option.none()).get(0).id();
        Actor viewer = Actor.user(member(Role.VIEWER).id(), CLIENT);
        Slug elsewhere = newTenantOwnedBy(admin);
        Actor adminElsewhere = Actor.user(admin.id(), CLIENT);

        assertThat(test.core.alerts().acknowledge(viewer, slug, id).getLeft().kind()).isEqualTo(RejectionKind.FORBIDDEN);
        assertThat(test.core.alerts().acknowledge(adminElsewhere, elsewhere, id).getLeft().kind())
                .isEqualTo(RejectionKind.NOT_FOUND);
        assertThat(test.core.alerts().list(viewer, slug, Alerts.Query.defaults()).get().items()).hasSize(1);

        sync("S1");
        assertThat(test.core.alerts().acknowledge(owner, slug, id).getLeft().kind()).isEqualTo(RejectionKind.CONFLICT);
    }

    @Test
    void list_givenMoreThanAPageOrAnUnknownState_followsTheCursorAndNamesTheField() {
        for (int i = 0; i < 3; i++) {
            test.facts.alerts().raise(new net.adtelligent.ports.out.AlertSink.Alert(Option.of(tenant), "token_expiring",
                    new AlertSubject("connection:" + ConnectionId.random()), "renew the token", clock.instant()));
        }

        var first = test.core.alerts().list(owner, slug, new Alerts.Query(Option.none(), PageQuery.first(2))).get();
        var second = test.core.alerts().list(owner, slug, new Alerts.Query(Option.none(),
                new PageQuery(first.nextCursor(), 2))).get();

        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        // Connections that do not exist (here: never did) have no name to show.
        assertThat(first.items()).allSatisfy(listed -> assertThat(listed.connectionName()).isEmpty());
        assertThat(second.nextCursor()).isEmpty();
        assertThat(test.core.alerts().list(owner, slug, Alerts.Query.defaults().withState("closed")).getLeft()
                .violations()).extracting(v -> v.field()).containsExactly("state");
    }
}
