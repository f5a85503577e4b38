package com.example.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;
import org.junit.jupiter.api.Test;

/** The rejection mapping shown in docs/embedding.md, on refusals the core really gives. */
class ErrorAnswerTest {

    private final Actor service = Actor.system("reporting-service");

    @Test
    void answer_givenInvalidDraft_is400NamingEveryField() throws Exception {
        try (Adtelligent core = InMemoryCore.create()) {
            ErrorAnswer answer = core.registerTenant()
                    .register(service, new TenantDraft("Not A Slug", "", "EURO", "Mars/Olympus"))
                    .fold(ErrorAnswer::answer, tenant -> null);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("validation");
            assertThat(answer.fields()).contains("slug", "reporting_currency", "reporting_time_zone");
        }
    }

    @Test
    void answer_givenTakenSlug_is409WithItsOwnCode() throws Exception {
        try (Adtelligent core = InMemoryCore.create()) {
            TenantDraft draft = new TenantDraft("acme", "Acme Media", "EUR", "Europe/Berlin");
            core.registerTenant().register(service, draft);

            ErrorAnswer answer = core.registerTenant().register(service, draft).fold(ErrorAnswer::answer, tenant -> null);

            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.code()).isEqualTo("slug-taken");
            assertThat(answer.fields()).isEmpty();
        }
    }
}
