package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.ConnectorDefinition;
import org.junit.jupiter.api.Test;

/**
 * The connector catalog (domain) says which streams each connector feeds, how far back they are
 * re-read and whose calendar their dates follow; the data contracts are where those facts live.
 * The domain cannot read this module, so this test holds the two to one truth: a contract added,
 * removed or changed without the catalog fails here.
 */
class ConnectorCatalogContractsTest {

    private static final Contracts CONTRACTS = Contracts.load();

    @Test
    void everyConnector_feedsExactlyTheContractsOfItsPlatform() {
        for (ConnectorDefinition connector : ConnectorCatalog.all()) {
            List<String> streams = CONTRACTS.all().stream()
                    .filter(contract -> contract.platform().equals(connector.platform().name()))
                    .map(StreamContract::stream).sorted().toList();

            assertThat(connector.streams()).as(connector.platform().name()).isEqualTo(streams);
        }
        assertThat(ConnectorCatalog.all().stream().flatMap(connector -> connector.streams().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(CONTRACTS.all().stream().map(StreamContract::stream).toList());
    }

    @Test
    void everyConnector_rereadsAsFarBackAsItsLongestContractAndSharesItsCalendar() {
        for (ConnectorDefinition connector : ConnectorCatalog.all()) {
            List<StreamContract> contracts = connector.streams().stream().map(id -> CONTRACTS.stream(id).orElseThrow()).toList();

            assertThat(connector.lookbackDays()).as(connector.platform().name())
                    .isEqualTo(contracts.stream().mapToInt(StreamContract::lookbackDays).max().orElseThrow());
            assertThat(contracts).as(connector.platform().name()).allSatisfy(contract ->
                    assertThat(contract.timeZone().id().replace("from_context", "from_upload"))
                            .isEqualTo(connector.datesIn().wireName()));
        }
    }

    @Test
    void streamIds_startWithThePlatformInLowerCase() {
        ConnectorCatalog.all().forEach(connector -> assertThat(connector.streams())
                .allMatch(id -> id.startsWith(connector.platform().name().toLowerCase(Locale.ROOT) + ".")));
    }
}
