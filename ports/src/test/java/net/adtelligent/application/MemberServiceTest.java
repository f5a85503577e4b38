package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.MemberView;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    private static final String PASSWORD = "correct horse battery staple";

    private final TestCore test = new TestCore();
    private final User owner = user("owner@example.com");
    private final Actor asOwner = Actor.user(owner.id(), CLIENT);

    MemberServiceTest() {
        test.core.registerTenant().register(asOwner, draft("acme"));
    }

    private User user(String email) {
        return test.core.manageUsers().createUser(Actor.system("test"), email, PASSWORD).get();
    }

    private Actor member(String email, Role role) {
        User user = user(email);
        test.core.manageUsers().addMember(Actor.system("test"), "acme", user, role);
        return Actor.user(user.id(), CLIENT);
    }

    @Test
    void register_givenUser_makesThemOwner() {
        assertThat(test.core.members().list(asOwner, new Slug("acme")).get())
                .extracting(MemberView::role).containsExactly(Role.OWNER);
    }

    @Test
    void invite_givenNewEmail_mailsALinkThatCreatesTheAccountAndMembership() {
        test.core.members().invite(asOwner, new Slug("acme"), "New@Example.com", "analyst").get();

        var joined = test.core.members().acceptInvitation(test.mailer.lastTokenFor("new@example.com"),
                "a brand new passphrase 9", CLIENT);

        assertThat(joined.get().membership().role()).isEqualTo(Role.ANALYST);
        assertThat(joined.get().tenant().value()).isEqualTo("acme");
        assertThat(test.core.authentication().logIn("new@example.com", "a brand new passphrase 9", CLIENT).isRight()).isTrue();
        assertThat(test.audit.actions()).contains(AuditAction.MEMBER_INVITED, AuditAction.MEMBER_JOINED);
    }

    @Test
    void acceptInvitation_givenTokenUsedTwice_refusesTheSecond() {
        test.core.members().invite(asOwner, new Slug("acme"), "new@example.com", "viewer");
        String token = test.mailer.lastTokenFor("new@example.com");
        test.core.members().acceptInvitation(token, "a brand new passphrase 9", CLIENT);

        var again = test.core.members().acceptInvitation(token, "a brand new passphrase 9", CLIENT);

        assertThat(again.getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
    }

    @Test
    void invite_givenViewer_isForbidden() {
        Actor viewer = member("viewer@example.com", Role.VIEWER);

        assertThat(test.core.members().invite(viewer, new Slug("acme"), "x@example.com", "viewer").getLeft())
                .isInstanceOf(AccessRejection.Forbidden.class);
    }

    @Test
    void invite_givenAdminInvitingAnOwner_isForbidden() {
        Actor admin = member("admin@example.com", Role.ADMIN);

        assertThat(test.core.members().invite(admin, new Slug("acme"), "x@example.com", "owner").getLeft())
                .isInstanceOf(AccessRejection.Forbidden.class);
    }

    @Test
    void changeRole_givenLastOwner_isRefusedAndTheRoleStays() {
        var result = test.core.members().changeRole(asOwner, new Slug("acme"), owner.id(), "admin");

        assertThat(result.getLeft()).isInstanceOf(AccessRejection.Conflict.class);
        assertThat(test.core.members().list(asOwner, new Slug("acme")).get().get(0).role()).isEqualTo(Role.OWNER);
    }

    @Test
    void changeRoleAndRemove_givenOwner_changeTheMemberAndAreAudited() {
        Actor analyst = member("analyst@example.com", Role.ANALYST);

        assertThat(test.core.members().changeRole(asOwner, new Slug("acme"), analyst.user().get(), "admin").get().role())
                .isEqualTo(Role.ADMIN);
        assertThat(test.core.members().remove(asOwner, new Slug("acme"), analyst.user().get()).isRight()).isTrue();
        assertThat(test.core.members().list(asOwner, new Slug("acme")).get()).hasSize(1);
        assertThat(test.audit.actions()).contains(AuditAction.MEMBER_ROLE_CHANGED, AuditAction.MEMBER_REMOVED);
    }

    @Test
    void list_givenMemberOfAnotherTenant_isNotFound() {
        User stranger = user("stranger@example.com");
        Actor asStranger = Actor.user(stranger.id(), CLIENT);
        test.core.registerTenant().register(asStranger, draft("other"));

        assertThat(test.core.members().list(asStranger, new Slug("acme")).getLeft()).isInstanceOf(AccessRejection.NotFound.class);
        assertThat(test.core.members().list(asStranger, new Slug("nope")).getLeft()).isEqualTo(
                new AccessRejection.NotFound("nope"));
    }
}
