package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.memory.InMemoryWebhookDeliveries;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveries.Delivered;
import net.adtelligent.ports.out.WebhookDeliveries.JobOutcome;
import net.adtelligent.testing.NoCsvFiles;
import org.junit.jupiter.api.Test;

/** The webhook's retention through the core: what is older than the setting goes, in bounded batches. */
class WebhookDeliveryRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");
    // Made at each run: nothing secret-looking is written into the tests.
    private static final String SECRET = java.util.UUID.randomUUID().toString();

    private final InMemoryWebhookDeliveries memory = new InMemoryWebhookDeliveries();
    private final List<Integer> limits = new ArrayList<>();
    private final WebhookDeliveries counted = new WebhookDeliveries() {
        @Override
        public Set<Delivered> recordNew(Collection<Delivered> deliveries, Instant receivedAt) {
            return memory.recordNew(deliveries, receivedAt);
        }

        @Override
        public int forgetReceivedBefore(Instant before, int limit) {
            limits.add(limit);
            return memory.forgetReceivedBefore(before, limit);
        }
    };

    private Adtelligent core(Duration retention) {
        return Adtelligent.builder()
                .stores(InMemoryStores.create())
                .facts(InMemoryStores.facts())
                .ingestion(new Ingestion(new NoCsvFiles(), List::of, new InMemoryUploadStorage(),
                        Ingestion.DEFAULT_MAX_UPLOAD_BYTES))
                .webhook(WebhookSettings.secrets(List.of(SECRET)).withRetention(retention), counted)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @Test
    void forget_givenDeliveriesOlderThanTheRetention_forgetsThemInBatchesAndKeepsTheYounger() {
        List<Delivered> old = new ArrayList<>();
        for (long job = 1; job <= 2_500; job++) {
            old.add(new Delivered(job, JobOutcome.SUCCEEDED));
        }
        memory.recordNew(old, NOW.minus(Duration.ofDays(31)));
        Delivered young = new Delivered(9_999, JobOutcome.FAILED);
        memory.recordNew(List.of(young), NOW.minus(Duration.ofDays(29)));

        assertThat(core(Duration.ofDays(30)).forgetWebhookDeliveries().forget()).isEqualTo(2_500);

        assertThat(limits).containsExactly(1_000, 1_000, 1_000);
        assertThat(memory.recordNew(List.of(old.get(0), young), NOW)).containsExactly(old.get(0));
    }

    @Test
    void forget_givenNothingOld_forgetsNothing() {
        memory.recordNew(List.of(new Delivered(1, JobOutcome.SUCCEEDED)), NOW.minus(Duration.ofHours(1)));

        assertThat(core(Duration.ofDays(1)).forgetWebhookDeliveries().forget()).isZero();
        assertThat(limits).containsExactly(1_000);
    }

    @Test
    void forget_givenTheWebhookOff_forgetsNothing() {
        Adtelligent off = Adtelligent.builder()
                .stores(InMemoryStores.create())
                .facts(InMemoryStores.facts())
                .ingestion(new Ingestion(new NoCsvFiles(), List::of, new InMemoryUploadStorage(),
                        Ingestion.DEFAULT_MAX_UPLOAD_BYTES))
                .build();

        assertThat(off.forgetWebhookDeliveries().forget()).isZero();
    }
}
