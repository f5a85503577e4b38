package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.PendingInvitation;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.IdentityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unused invitation never outlives a later decision about its invitee: it is revoked by a newer
 * invitation, the member's removal or role change, and accepting it grants only what its sender may
 * grant at that moment, under the rules of a role change. Through the use cases, on both stores.
 */
public abstract class InvitationLifecycleContract extends CoreContract {

    private Slug acme;
    private TenantId acmeId;

    @BeforeEach
    void acme() {
        acme = newTenantOwnedBy(ann);
        acmeId = test.stores.tenants().bySlug(acme).get().id();
    }

    @Test
    void acceptInvitation_givenTheMemberWasRemovedSince_isRefusedAndTheyStayOut() {
        User grace = account();
        String older = invite(ann, grace, "analyst");
        test.core.manageUsers().addMember(SYSTEM, acme.value(), grace, Role.ANALYST).get();
        test.core.members().remove(as(ann), acme, grace.id()).get();

        var rejoined = test.core.members().acceptInvitation(older, PASSWORD, CLIENT);

        assertThat(rejoined.getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
        assertThat(roleOf(grace)).isEmpty();
        assertThat(revocations()).extracting(event -> event.details().get("reason")).containsExactly("member_removed");
    }

    @Test
    void acceptInvitation_givenAnAdminDemotedSince_cannotUndoTheDemotion() {
        User bob = account();
        String older = invite(ann, bob, "admin");
        test.core.manageUsers().addMember(SYSTEM, acme.value(), bob, Role.ADMIN).get();
        test.core.members().changeRole(as(ann), acme, bob.id(), "viewer").get();

        var accepted = test.core.members().acceptInvitation(older, PASSWORD, CLIENT);

        assertThat(accepted.getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
        assertThat(roleOf(bob)).contains(Role.VIEWER);
        assertThat(revocations()).extracting(event -> event.details().get("reason")).containsExactly("role_changed");
    }

    @Test
    void acceptInvitation_givenTheSoleOwnerAndAnOlderViewerInvitation_keepsTheTenantsOwner() {
        User grace = account();
        String viewer = invite(ann, grace, "viewer");
        String owner = invite(ann, grace, "owner");
        test.core.members().acceptInvitation(owner, PASSWORD, CLIENT).get();
        test.core.members().remove(as(grace), acme, ann.id()).get();

        var demoted = test.core.members().acceptInvitation(viewer, PASSWORD, CLIENT);

        assertThat(demoted.isLeft()).isTrue();
        assertThat(owners()).containsExactly(grace.id().toString());
        assertThat(revocations()).extracting(event -> event.details().get("reason")).containsExactly("superseded");
    }

    @Test
    void acceptInvitation_givenAStaleInvitationThatEscapedRevocation_stillKeepsTheLastOwner() {
        User bob = account();
        test.core.manageUsers().addMember(SYSTEM, acme.value(), bob, Role.OWNER).get();
        String fromBob = stale(bob, account(), Role.VIEWER);
        test.core.members().remove(as(ann), acme, bob.id()).get();
        String fromAnn = stale(ann, ann, Role.VIEWER);

        Rejection senderGone = test.core.members().acceptInvitation(fromBob, PASSWORD, CLIENT).getLeft();
        Rejection lastOwner = test.core.members().acceptInvitation(fromAnn, PASSWORD, CLIENT).getLeft();

        assertThat(senderGone).isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(lastOwner).isEqualTo(new AccessRejection.Conflict("a tenant keeps at least one owner"));
        assertThat(owners()).containsExactly(ann.id().toString());
    }

    @Test
    void acceptInvitation_givenTheSenderNoLongerMayGrantTheRole_isRefusedAndLeavesNoAccount() {
        User carol = account();
        test.core.manageUsers().addMember(SYSTEM, acme.value(), carol, Role.ADMIN).get();
        Email dave = IdentityFixtures.uniqueEmail();
        test.core.members().invite(as(carol), acme, dave.value(), "admin").get();
        String token = test.mailer.lastTokenFor(dave.value());
        test.core.members().changeRole(as(ann), acme, carol.id(), "analyst").get();

        var joined = test.core.members().acceptInvitation(token, PASSWORD, CLIENT);

        assertThat(joined.getLeft()).isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(test.stores.users().byEmail(dave)).isEmpty();
        assertThat(test.stores.invitations().pending(OpaqueToken.hashOf(token), Instant.now())).as("still pending").isNotEmpty();
    }

    @Test
    void acceptInvitation_givenAnExistingMember_changesTheirRoleAsTheSenderWould() {
        User bob = account();
        String promotion = stale(ann, bob, Role.ADMIN);
        test.core.manageUsers().addMember(SYSTEM, acme.value(), bob, Role.VIEWER).get();

        var accepted = test.core.members().acceptInvitation(promotion, PASSWORD, CLIENT);

        assertThat(accepted.map(joined -> joined.membership().role())).contains(Role.ADMIN);
        assertThat(roleOf(bob)).contains(Role.ADMIN);
    }

    @Test
    void invite_givenANewerInvitationToTheSameEmail_onlyTheNewestLinkWorks() {
        Email grace = IdentityFixtures.uniqueEmail();
        test.core.members().invite(as(ann), acme, grace.value(), "admin").get();
        String older = test.mailer.lastTokenFor(grace.value());
        test.core.members().invite(as(ann), acme, grace.value(), "viewer").get();
        String newer = test.mailer.lastTokenFor(grace.value());

        assertThat(test.core.members().acceptInvitation(older, PASSWORD, CLIENT).isLeft()).isTrue();
        assertThat(test.core.members().acceptInvitation(newer, PASSWORD, CLIENT).map(j -> j.membership().role()))
                .contains(Role.VIEWER);
    }

    @Test
    void invitations_givenPendingAndEndedOnes_listsThePendingWithoutAnyToken() {
        Email grace = IdentityFixtures.uniqueEmail();
        var sent = test.core.members().invite(as(ann), acme, grace.value(), "analyst").get();
        Email ended = IdentityFixtures.uniqueEmail();
        test.core.members().invite(as(ann), acme, ended.value(), "viewer").get();
        test.core.members().acceptInvitation(test.mailer.lastTokenFor(ended.value()), PASSWORD, CLIENT).get();

        List<PendingInvitation> pending = test.core.members().invitations(as(ann), acme).get();

        assertThat(pending).extracting(PendingInvitation::id, PendingInvitation::email, PendingInvitation::role,
                PendingInvitation::invitedBy).containsExactly(tuple(sent.id(), grace, Role.ANALYST, ann.id()));
    }

    @Test
    void revokeInvitation_givenAPendingOne_endsTheLinkAndAuditsIt() {
        Email grace = IdentityFixtures.uniqueEmail();
        var sent = test.core.members().invite(as(ann), acme, grace.value(), "analyst").get();

        var revoked = test.core.members().revokeInvitation(as(ann), acme, sent.id());

        assertThat(revoked.map(PendingInvitation::id)).contains(sent.id());
        assertThat(test.core.members().acceptInvitation(test.mailer.lastTokenFor(grace.value()), PASSWORD, CLIENT)
                .getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
        assertThat(test.core.members().invitations(as(ann), acme).get()).isEmpty();
        assertThat(revocations()).singleElement().satisfies(event -> {
            assertThat(event.targetId()).isEqualTo(sent.id().toString());
            assertThat(event.details()).containsEntry("reason", "revoked").containsEntry("email", grace.value());
        });
        assertThat(test.core.members().revokeInvitation(as(ann), acme, sent.id()).getLeft())
                .isInstanceOf(AccessRejection.InvitationNotFound.class);
    }

    @Test
    void revokeInvitation_givenAnotherTenantsInvitation_answersNotFoundAndLeavesItPending() {
        User other = account();
        Slug globex = newTenantOwnedBy(other);
        Email grace = IdentityFixtures.uniqueEmail();
        var sent = test.core.members().invite(as(other), globex, grace.value(), "viewer").get();

        var refused = test.core.members().revokeInvitation(as(ann), acme, sent.id());

        assertThat(refused.getLeft()).isInstanceOf(AccessRejection.InvitationNotFound.class);
        assertThat(test.core.members().invitations(as(other), globex).get()).extracting(PendingInvitation::id)
                .containsExactly(sent.id());
        assertThat(test.core.members().invitations(as(ann), globex).getLeft()).isInstanceOf(AccessRejection.NotFound.class);
    }

    @Test
    void revokeInvitation_givenAnAdminAndAnOwnerInvitation_isForbidden_andAnalystsMayNotList() {
        User admin = account();
        test.core.manageUsers().addMember(SYSTEM, acme.value(), admin, Role.ADMIN).get();
        User analyst = account();
        test.core.manageUsers().addMember(SYSTEM, acme.value(), analyst, Role.ANALYST).get();
        var sent = test.core.members().invite(as(ann), acme, IdentityFixtures.uniqueEmail().value(), "owner").get();

        assertThat(test.core.members().revokeInvitation(as(admin), acme, sent.id()).getLeft())
                .isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(test.core.members().invitations(as(analyst), acme).getLeft()).isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(test.core.members().invitations(as(admin), acme).get()).hasSize(1);
    }

    @Test
    void remove_givenTheRevocationsAuditWriteFails_keepsTheMemberAndTheirInvitation() {
        User grace = account();
        String older = invite(ann, grace, "analyst");
        test.core.manageUsers().addMember(SYSTEM, acme.value(), grace, Role.ANALYST).get();
        test.audit.failRecord(2); // member.removed passes, member.invitation_revoked fails

        assertThatThrownBy(() -> test.core.members().remove(as(ann), acme, grace.id())).hasMessageContaining("unreachable");

        assertThat(roleOf(grace)).contains(Role.ANALYST);
        assertThat(test.stores.invitations().pending(OpaqueToken.hashOf(older), Instant.now())).isNotEmpty();
    }

    /** An account that has no membership yet. */
    private User account() {
        return test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
    }

    private String invite(User sender, User invitee, String role) {
        test.core.members().invite(as(sender), acme, invitee.email().value(), role).get();
        return test.mailer.lastTokenFor(invitee.email().value());
    }

    /** An invitation as an older version left it: stored, and never revoked by what happened since. */
    private String stale(User sender, User invitee, Role role) {
        OpaqueToken token = OpaqueToken.generate();
        test.stores.invitations().add(Invitation.issue(token.hash(), acmeId, invitee.email(), role, sender.id(), Instant.now()));
        return token.plain();
    }

    private Option<Role> roleOf(User user) {
        return test.stores.memberships().of(acmeId, user.id()).map(Membership::role);
    }

    private List<String> owners() {
        return test.stores.memberships().ofTenant(acmeId).stream().filter(m -> m.role() == Role.OWNER)
                .map(m -> m.userId().toString()).toList();
    }

    private List<AuditEvent> revocations() {
        return test.stores.auditLog().search(acmeId, AuditFilter.all(), Option.none(), 100).stream()
                .filter(event -> event.action().equals(AuditAction.INVITATION_REVOKED)).toList();
    }

    private static Actor as(User user) {
        return Actor.user(user.id(), CLIENT);
    }
}
