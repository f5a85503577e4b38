package net.adtelligent.adapters.http.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditPosition;
import net.adtelligent.ports.out.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A database failing in the middle of a CSV export must not leave the client with a short file that looks whole. */
class AuditExportFailureTest {

    private final AtomicInteger searches = new AtomicInteger();
    private final TestApi api = TestApi.start(this::failingOnSecondSearch, core -> core, settings -> settings);

    private Stores failingOnSecondSearch(Stores s) {
        AuditLog log = new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                s.auditLog().record(event);
            }

            @Override
            public List<AuditEvent> search(TenantId tenant, AuditFilter filter, Option<AuditPosition> after, int limit) {
                if (searches.incrementAndGet() == 2) {
                    throw new IllegalStateException("connection lost");
                }
                return s.auditLog().search(tenant, filter, after, limit);
            }
        };
        return new Stores(s.tenants(), s.users(), s.memberships(), s.refreshTokens(), s.oneTimeTokens(), s.invitations(), log, s.connections());
    }

    @BeforeEach
    void events() {
        api.register("acme");
        for (int i = 1; i <= 300; i++) {
            api.clock.advance(Duration.ofSeconds(1));
            api.core.changeTenant().rename(api.actor(), new Slug("acme"), "Acme " + i).get();
        }
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void export_givenFailureWhileRowsAreStillBuffered_answers500Problem() {
        HttpResponse<String> response = api.get("/api/tenants/acme/audit/?format=csv&limit=10");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(TestApi.contentType(response)).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void export_givenFailureAfterRowsWereSent_breaksTheDownload() {
        assertThatThrownBy(() -> api.get("/api/tenants/acme/audit/?format=csv&limit=200"))
                .isInstanceOf(UncheckedIOException.class);
    }
}
