package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.TenantFixtures;
import org.junit.jupiter.api.Test;

/**
 * A use case's writes are one: a failure between them leaves nothing of it. Run by the in-memory and
 * the PostgreSQL stores with their units of work; the audit log fails on demand.
 */
public abstract class UseCaseUnitsContract extends CoreContract {

    @Test
    void register_givenTheAuditWriteFails_keepsNeitherTheTenantNorItsOwner() {
        String slug = IdentityFixtures.unique("t");
        test.audit.failRecord(1);

        assertThatThrownBy(() -> test.core.registerTenant().register(Actor.user(ann.id(), CLIENT),
                TenantFixtures.draft(slug))).hasMessageContaining("unreachable");

        assertThat(test.stores.tenants().bySlug(new Slug(slug))).isEmpty();
        assertThat(test.stores.memberships().ofUser(ann.id())).isEmpty();
        assertThat(test.core.registerTenant().register(Actor.user(ann.id(), CLIENT), TenantFixtures.draft(slug))
                .isRight()).as("the slug is free again").isTrue();
    }

    @Test
    void acceptInvitation_givenTheLastAuditWriteFails_keepsNoAccountNoMembershipAndTheInvitationPending() {
        Slug slug = newTenantOwnedBy(ann);
        Email invitee = IdentityFixtures.uniqueEmail();
        test.core.members().invite(Actor.user(ann.id(), CLIENT), slug, invitee.value(), "analyst").get();
        String token = test.mailer.lastTokenFor(invitee.value());
        test.audit.failRecord(2); // user.created passes, member.joined fails

        assertThatThrownBy(() -> test.core.members().acceptInvitation(token, PASSWORD, CLIENT))
                .hasMessageContaining("unreachable");

        assertThat(test.stores.users().byEmail(invitee)).isEmpty();
        assertThat(test.stores.invitations().pending(OpaqueToken.hashOf(token), Instant.now())).isNotEmpty();
        var joined = test.core.members().acceptInvitation(token, PASSWORD, CLIENT);
        assertThat(joined.map(accepted -> accepted.membership().role())).as("the link still works").contains(Role.ANALYST);
    }

    @Test
    void invite_givenTheAuditWriteFails_storesNoInvitationAndSendsNoMail() {
        Slug slug = newTenantOwnedBy(ann);
        int mailsBefore = test.mailer.sent().size();
        test.audit.failRecord(1);

        assertThatThrownBy(() -> test.core.members().invite(Actor.user(ann.id(), CLIENT), slug,
                IdentityFixtures.uniqueEmail().value(), "viewer")).hasMessageContaining("unreachable");

        assertThat(test.mailer.sent()).hasSize(mailsBefore);
    }

    @Test
    void changeRole_givenTheAuditWriteFails_keepsTheOldRole() {
        Slug slug = newTenantOwnedBy(ann);
        User bob = test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
        test.core.manageUsers().addMember(SYSTEM, slug.value(), bob, Role.OWNER).get();
        test.audit.failRecord(1);

        assertThatThrownBy(() -> test.core.members().changeRole(Actor.user(ann.id(), CLIENT), slug, bob.id(), "viewer"))
                .hasMessageContaining("unreachable");

        var tenant = test.stores.tenants().bySlug(slug).get().id();
        assertThat(test.stores.memberships().of(tenant, bob.id()).map(m -> m.role())).contains(Role.OWNER);
    }
}
