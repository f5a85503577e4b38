package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.testing.NoCsvFiles;
import org.junit.jupiter.api.Test;

class AdtelligentDefaultsTest {

    private static final Actor SYSTEM = Actor.system("defaults-test");

    private static Adtelligent.Builder inMemory() {
        return Adtelligent.builder()
                .stores(InMemoryStores.create())
                .facts(InMemoryStores.facts())
                .ingestion(new Ingestion(new NoCsvFiles(), List::of, new InMemoryUploadStorage(),
                        Ingestion.DEFAULT_MAX_UPLOAD_BYTES));
    }

    @Test
    void registerTenant_givenNoSecurityNorMailer_worksForTheSystemActor() {
        Adtelligent core = inMemory().build();

        assertThat(core.registerTenant().register(SYSTEM, new TenantDraft("acme", "Acme", "EUR", "UTC")).isRight())
                .isTrue();
        assertThat(core.tenantDirectory().bySlug("acme").isDefined()).isTrue();
    }

    @Test
    void createUser_givenNoSecurity_isRefusedNamingTheMissingBuilderCall() {
        Adtelligent core = inMemory().build();

        assertThatThrownBy(() -> core.manageUsers().createUser(SYSTEM, "ada@example.com", "a long passphrase to hash"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no security(...)")
                .hasMessageContaining("adtelligent-auth");
        assertThat(core.manageUsers().byEmail("ada@example.com")).isEmpty();
    }

    @Test
    void send_givenNoMailer_isRefusedNamingTheMissingBuilderCall() {
        Mail mail = new Mail(new Email("ada@example.com"), "Reset", "a link");

        assertThatThrownBy(() -> Unconfigured.mailer().send(mail))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no mailer(...)");
    }

    @Test
    void seal_givenNoSecretVault_isRefusedNamingTheMissingBuilderCall() {
        SecretVault vault = Unconfigured.secretVault();

        assertThatThrownBy(() -> vault.seal(TenantId.random(), SecretPurpose.CONNECTION_CREDENTIALS, new byte[1]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no secretVault(...)")
                .hasMessageContaining("adtelligent-kms");
        assertThat(vault.probe().up()).isFalse();
    }

    @Test
    void close_givenOwnedResources_closesEachOnceLastGivenFirst() {
        List<String> closed = new ArrayList<>();
        Adtelligent core = inMemory()
                .owning(() -> closed.add("database"))
                .owning(() -> closed.add("scheduler"))
                .build();

        core.close();
        core.close();

        assertThat(closed).containsExactly("scheduler", "database");
    }

    @Test
    void close_givenAFailingResource_closesTheOthersAndThrowsTheFailure() {
        List<String> closed = new ArrayList<>();
        Adtelligent core = inMemory()
                .owning(() -> closed.add("database"))
                .owning(() -> {
                    throw new IllegalStateException("scheduler would not stop");
                })
                .build();

        assertThatThrownBy(core::close).hasMessage("scheduler would not stop");
        assertThat(closed).containsExactly("database");
    }
}
