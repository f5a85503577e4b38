package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.TokenState;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections.View;
import net.adtelligent.ports.in.PageQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo shows a connection that needs a new consent and one whose token ends soon, start after start. */
class DemoTokenStatesTest {

    @TempDir
    Path data;

    @Test
    void ensure_givenTwoStarts_showsMetaReauthRequiredAndLinkedInExpiringWithOneAlert() throws Exception {
        PostgresSettings database = EmbeddedPostgresFixture.freshDatabase();
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", data.toString(),
                "ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user()));
        Operations.withCore(settings, core -> DemoData.ensure(core, Optional.of("another-long-passphrase-77")));

        List<View> connections = Operations.withCore(settings, core -> {
            DemoData.ensure(core, Optional.of("another-long-passphrase-77"));
            return core.connections().list(Actor.system("test"), new net.adtelligent.domain.tenant.Slug(DemoData.SLUG), new PageQuery(
                    io.vavr.control.Option.none(), PageQuery.MAX_LIMIT)).get().items();
        });

        assertThat(connections).filteredOn(view -> view.platform() == Platform.META_ADS).singleElement()
                .satisfies(meta -> assertThat(meta.status()).isEqualTo(ConnectionStatus.REAUTH_REQUIRED));
        assertThat(connections).filteredOn(view -> view.platform() == Platform.LINKEDIN_ADS).singleElement()
                .satisfies(linkedIn -> assertThat(linkedIn.tokenState()).contains(TokenState.EXPIRING));
        assertThat(connections).filteredOn(view -> view.status() == ConnectionStatus.ACTIVE).hasSize(7);
        assertThat(TokenUpkeepFlowTest.Alerts.of(database, "reauth_required")).hasSize(1);
    }
}
