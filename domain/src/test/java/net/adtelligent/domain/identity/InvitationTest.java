package net.adtelligent.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final TenantId ACME = new TenantId(UUID.randomUUID());
    private static final UserId SENDER = UserId.random();
    private static final UserId INVITEE = UserId.random();

    private static Invitation of(Role role) {
        return Invitation.issue("0".repeat(64), ACME, new Email("grace@example.com"), role, SENDER, NOW);
    }

    private static Option<Membership> member(UserId user, Role role) {
        return Option.of(new Membership(ACME, user, role, NOW));
    }

    @Test
    void admit_givenASenderWhoMayStillGrantTheRole_makesTheMembership() {
        var admitted = of(Role.ANALYST).admit(INVITEE, member(SENDER, Role.ADMIN), Option.none(), 1, NOW);

        assertThat(admitted.get()).isEqualTo(new Membership(ACME, INVITEE, Role.ANALYST, NOW));
    }

    @Test
    void admit_givenTheSenderLeftOrLostTheRight_isForbidden() {
        assertThat(of(Role.VIEWER).admit(INVITEE, Option.none(), Option.none(), 1, NOW).getLeft())
                .isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(of(Role.VIEWER).admit(INVITEE, member(SENDER, Role.ANALYST), Option.none(), 1, NOW).getLeft())
                .isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(of(Role.OWNER).admit(INVITEE, member(SENDER, Role.ADMIN), Option.none(), 1, NOW).getLeft())
                .as("an admin never grants owner").isInstanceOf(AccessRejection.Forbidden.class);
    }

    @Test
    void admit_givenTheLastOwnerAndTheirOwnViewerInvitation_isAConflict() {
        var admitted = of(Role.VIEWER).admit(SENDER, member(SENDER, Role.OWNER), member(SENDER, Role.OWNER), 1, NOW);

        assertThat(admitted.getLeft()).isEqualTo(new AccessRejection.Conflict("a tenant keeps at least one owner"));
    }

    @Test
    void admit_givenAnAdminSenderAndAnOwnerInvitee_isForbiddenToLowerTheOwner() {
        var admitted = of(Role.VIEWER).admit(INVITEE, member(SENDER, Role.ADMIN), member(INVITEE, Role.OWNER), 2, NOW);

        assertThat(admitted.getLeft()).isInstanceOf(AccessRejection.Forbidden.class);
    }

    @Test
    void usableAt_givenAcceptedRevokedOrExpired_isFalse() {
        Invitation invitation = of(Role.VIEWER);

        assertThat(invitation.usableAt(NOW)).isTrue();
        assertThat(invitation.acceptedAt(NOW).usableAt(NOW)).isFalse();
        assertThat(invitation.revokedAt(NOW).usableAt(NOW)).isFalse();
        assertThat(invitation.usableAt(invitation.expiresAt())).isFalse();
    }

    @Test
    void parseId_givenTextThatIsNoCanonicalUuid_isEmpty() {
        assertThat(InvitationId.parse("not-an-id")).isEmpty();
        assertThat(InvitationId.parse("1-1-1-1-1")).isEmpty();
        assertThat(InvitationId.parse(null)).isEmpty();
        InvitationId id = InvitationId.random();
        assertThat(InvitationId.parse(id.toString())).contains(id);
    }
}
