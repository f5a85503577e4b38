package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.FactFixtures;
import net.adtelligent.ports.out.IdentityFixtures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A refused statement's exception, printed whole as a log prints it (every cause, every line),
 * names the statement's failure but none of the values bound to it: logins' emails and uploaded
 * cells must not reach the logs.
 */
class FailureRedactionTest {

    private static final String EMAIL_MARKER = "mailmarker" + UUID.randomUUID().toString().substring(0, 8);
    private static final String CELL_MARKER = "cellmarker" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void refusedStatements_givenMarkedEmailAndCell_printNeitherMarkerWithTheirCauses() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
            Jdbi owner = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
            // Constraints no row meets: the server's detail then quotes the failing row whole.
            owner.useHandle(handle -> {
                handle.execute("alter table users add constraint refuse_all check (false) not valid");
                handle.execute("alter table ad_performance_daily add constraint refuse_all check (false) not valid");
            });
            AdPerformanceDaily fact = FactFixtures.ad(tenant, new ConnectionId(UUID.randomUUID()), FactFixtures.DAY, 1,
                    FactFixtures.EXTRACTED).toBuilder().campaignName(CELL_MARKER).build();

            Throwable login = catchThrowable(() -> database.userStore()
                    .add(IdentityFixtures.user(new Email(EMAIL_MARKER + "@example.com"))));
            Throwable upload = catchThrowable(() -> database.unitOfWork().inTenant(tenant,
                    () -> database.adPerformanceStore().importSummed(tenant, sink -> sink.accept(fact))));

            assertThat(login).isInstanceOf(PostgresStatementException.class);
            assertThat(upload).isInstanceOf(PostgresStatementException.class);
            assertThat(printed(login)).contains("23514").doesNotContain(EMAIL_MARKER);
            assertThat(printed(upload)).contains("23514").doesNotContain(CELL_MARKER);
        }
    }

    private static String printed(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
