package net.adtelligent.domain.connection;

import static net.adtelligent.domain.connection.ConnectionDraftTest.FAKE_META_TOKEN;
import static net.adtelligent.domain.connection.ConnectionDraftTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    private static final SealedSecret SEALED = new SealedSecret("AES-256-GCM", "test-key", 1, new byte[4],
            new byte[12], new byte[20]);

    private static Connection meta(String expiry) {
        var draft = new ConnectionDraft("META_ADS", "1234", Option.none(), Option.none(),
                Map.of("access_token", FAKE_META_TOKEN), Option.of(expiry)).check().get();
        return Connection.register(ConnectionId.random(), new TenantId(UUID.randomUUID()), draft, Option.of(SEALED),
                Map.of("access_token", "abc123"), NOW);
    }

    @Test
    void pauseAndResume_givenActive_goThereAndBack() {
        Connection paused = meta("2027-06-01T00:00:00Z").pause(NOW).get();

        assertThat(paused.status()).isEqualTo(ConnectionStatus.PAUSED);
        assertThat(paused.pause(NOW).getLeft()).isInstanceOf(ConnectionRejection.WrongStatus.class);
        assertThat(paused.resume(NOW).get().status()).isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void resume_givenExpiredToken_needsReauthorisation() {
        Connection paused = meta("2026-11-01T00:00:00Z").pause(NOW).get();

        assertThat(paused.resume(NOW).get().status()).isEqualTo(ConnectionStatus.REAUTH_REQUIRED);
    }

    @Test
    void tokenState_givenEnds_isOkExpiringOrExpired() {
        assertThat(meta("2027-06-01T00:00:00Z").tokenState(NOW)).contains(TokenState.OK);
        assertThat(meta("2026-12-07T23:00:00Z").tokenState(NOW)).contains(TokenState.EXPIRING);
        assertThat(meta("2026-12-01T00:00:00Z").tokenState(NOW)).contains(TokenState.EXPIRED);
    }

    @Test
    void replaceCredentials_givenReauthRequired_isActiveAgainWithTheNewPrints() {
        Connection stale = meta("2026-11-01T00:00:00Z").pause(NOW).get().resume(NOW).get();
        var fresh = ConnectionDraft.checkCredentials(stale.platform(), Map.of("access_token", FAKE_META_TOKEN + "y"),
                Option.none()).get();

        Connection replaced = stale.replaceCredentials(fresh, SEALED, Map.of("access_token", "def456"), NOW).get();

        assertThat(replaced.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(replaced.credentialFields()).containsEntry("access_token", Option.of("def456"));
        assertThat(replaced.tokenExpiresAt()).contains(NOW.plus(Duration.ofDays(60)));
    }

    @Test
    void changes_givenDeleted_areRefused() {
        Connection deleted = meta("2027-06-01T00:00:00Z").delete(NOW).get();

        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.delete(NOW).getLeft()).isInstanceOf(ConnectionRejection.Deleted.class);
        assertThat(deleted.change(new ConnectionChanges(Option.of("x"), Option.none()).check(deleted.platform()).get(),
                NOW).getLeft().code()).isEqualTo("connection-deleted");
    }

    @Test
    void change_givenNameAndCron_keepsTheRest() {
        Connection connection = meta("2027-06-01T00:00:00Z");
        var changes = new ConnectionChanges(Option.of(" Brand EU "), Option.of("0  6 * * 1-5")).check(connection.platform()).get();

        Connection changed = connection.change(changes, NOW).get();

        assertThat(changed.name()).isEqualTo("Brand EU");
        assertThat(changed.schedule()).contains(new Schedule("0 6 * * 1-5"));
        assertThat(changed.credentials()).isEqualTo(connection.credentials());
    }

    @Test
    void schedule_givenBadTexts_isRefused() {
        assertThat(Schedule.parse("schedule", "PT1M").isInvalid()).isTrue();
        assertThat(Schedule.parse("schedule", "PT15M").isValid()).isTrue();
        assertThat(Schedule.parse("schedule", "61 * * * *").isInvalid()).isTrue();
        assertThat(Schedule.parse("schedule", "99999999999 * * * *").isInvalid()).isTrue();
        assertThat(Schedule.parse("schedule", "* * * *").isInvalid()).isTrue();
    }

    @Test
    void catalog_hasOneConnectorPerPlatformWithAirbyteFieldNames() {
        assertThat(ConnectorCatalog.all()).extracting(ConnectorDefinition::platform)
                .containsExactly(net.adtelligent.domain.fact.Platform.values());
        assertThat(ConnectorCatalog.of(net.adtelligent.domain.fact.Platform.MICROSOFT_ADS).credentialFieldNames())
                .containsExactly("client_id", "client_secret", "developer_token", "refresh_token", "tenant_id");
        assertThat(ConnectorCatalog.of(net.adtelligent.domain.fact.Platform.SEARCH_CONSOLE).credentialFieldNames())
                .contains("service_account_info");
    }
}
