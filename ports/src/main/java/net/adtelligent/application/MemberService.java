package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.InvitationAccepted;
import net.adtelligent.ports.in.InvitationSent;
import net.adtelligent.ports.in.MemberView;
import net.adtelligent.ports.in.Members;
import net.adtelligent.ports.in.PendingInvitation;
import net.adtelligent.ports.in.TenantAccess;
import net.adtelligent.ports.out.InvitationStore;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UserStore;

/** A tenant's members: listing, inviting, joining, changing roles, removing. */
final class MemberService implements Members {

    private final Accounts accounts;
    private final UserStore users;
    private final TenantStore tenants;
    private final MembershipStore memberships;
    private final InvitationStore invitations;
    private final AccessControl access;
    private final Mailer mailer;
    private final URI publicUrl;
    private final UnitOfWork units;
    private final AuditTrail audit;
    private final Revocations revocations;
    private final Clock clock;

    MemberService(Accounts accounts, UserStore users, TenantStore tenants, MembershipStore memberships,
                  InvitationStore invitations, AccessControl access, Mailer mailer, URI publicUrl, UnitOfWork units,
                  AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.tenants = tenants;
        this.memberships = memberships;
        this.invitations = invitations;
        this.access = access;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
        this.units = units;
        this.audit = audit;
        this.revocations = new Revocations(invitations, audit);
        this.clock = clock;
    }

    @Override
    public Either<Rejection, List<MemberView>> list(Actor actor, Slug tenantSlug) {
        return access.access(actor, tenantSlug, Permission.VIEW_MEMBERS).map(granted ->
                memberships.ofTenant(granted.tenant().id()).stream()
                        .flatMap(m -> users.byId(m.userId()).map(u -> new MemberView(u.id(), u.email(), m.role(), m.createdAt()))
                                .toJavaStream())
                        .toList());
    }

    @Override
    public Either<Rejection, InvitationSent> invite(Actor actor, Slug tenantSlug, String email, String role) {
        if (actor.isSystem()) {
            return Either.left(new AccessRejection.Forbidden("invitations are sent by a member; the system adds members directly"));
        }
        // The mail goes once the invitation is stored for good: a rollback must not leave a link to nothing.
        return units.decide(() -> access.access(actor, tenantSlug, Permission.INVITE_MEMBERS).flatMap(granted -> {
            var parsed = Validation.combine(Email.parse("email", email), Role.parse("role", role)).ap((e, r) -> Map.entry(e, r));
            if (parsed.isInvalid()) {
                return Either.left(new IdentityRejection.Invalid(parsed.getError().toJavaList()));
            }
            Email invitee = parsed.get().getKey();
            Role invitedRole = parsed.get().getValue();
            if (!granted.role().mayAssign(invitedRole)) {
                return Either.left(new AccessRejection.Forbidden("only owners may invite owners"));
            }
            // The lock every member change takes: an acceptance in progress is seen before deciding.
            memberships.lockOwners(granted.tenant().id());
            boolean member = users.byEmail(invitee).flatMap(u -> memberships.of(granted.tenant().id(), u.id())).isDefined();
            if (member) {
                return Either.left(new AccessRejection.Conflict(invitee + " is a member already"));
            }
            // The newest invitation is the one that counts: an older one must not grant what this one does not.
            revocations.ofEmail(actor, granted.tenant().id(), invitee, Revocations.Reason.SUPERSEDED, clock.instant());
            return Either.<Rejection, Issued>right(issue(actor, granted, invitee, invitedRole));
        })).map(issued -> {
            mailer.send(issued.mail());
            return issued.sent();
        });
    }

    private record Issued(InvitationSent sent, Mail mail) {
    }

    private Issued issue(Actor actor, TenantAccess granted, Email invitee, Role role) {
        OpaqueToken token = OpaqueToken.generate();
        Invitation invitation = Invitation.issue(token.hash(), granted.tenant().id(), invitee, role, actor.user().get(),
                clock.instant());
        invitations.add(invitation);
        audit.tenant(actor, granted.tenant().id(), AuditAction.MEMBER_INVITED, "invitation", invitee.value(),
                Map.of("role", role.wireName()));
        return new Issued(new InvitationSent(invitation.id(), invitee, role, invitation.expiresAt()),
                MailTexts.invitation(invitee, granted.tenant(), role, publicUrl, token.plain(), invitation.expiresAt()));
    }

    @Override
    public Either<Rejection, InvitationAccepted> acceptInvitation(String token, String password, ClientInfo client) {
        Instant now = clock.instant();
        String hash = OpaqueToken.hashOf(token == null ? "" : token);
        Option<Invitation> pending = invitations.pending(hash, now);
        if (pending.isEmpty()) {
            return Either.left(new IdentityRejection.InvalidToken("invitation"));
        }
        Invitation invitation = pending.get();
        Option<User> existing = users.byEmail(invitation.email());
        // Checked and hashed before the unit opens: a slow hash holds no connection.
        Either<Rejection, User> user = existing.isDefined()
                ? accounts.checkPassword(existing.get(), password)
                : accounts.prepare(invitation.email(), password);
        // Spending the invitation, the account, the membership and their audit events: all or none.
        return units.decide(() -> user.flatMap(account -> {
            // Locked first, as every member change: a removal or demotion in progress ends (and
            // revokes this invitation) before this one reads the sender, the invitee and the owners.
            long owners = memberships.lockOwners(invitation.tenantId()).size();
            if (invitations.accept(hash, now).isEmpty()) {
                return Either.left(new IdentityRejection.InvalidToken("invitation"));
            }
            Either<Rejection, User> stored = existing.isDefined()
                    ? Either.right(account)
                    : accounts.store(account, Actor.user(account.id(), client));
            return stored.flatMap(joiner -> join(invitation, joiner, owners, client, now));
        }));
    }

    private Either<Rejection, InvitationAccepted> join(Invitation invitation, User joiner, long owners, ClientInfo client,
                                                       Instant now) {
        TenantId tenant = invitation.tenantId();
        Option<Membership> before = memberships.of(tenant, joiner.id());
        return invitation.admit(joiner.id(), memberships.of(tenant, invitation.invitedBy()), before, owners, now)
                .<Rejection>mapLeft(r -> r)
                .map(membership -> {
                    memberships.put(membership);
                    Actor actor = Actor.user(joiner.id(), client);
                    if (before.isDefined()) {
                        audit.tenant(actor, tenant, AuditAction.MEMBER_ROLE_CHANGED, "user", joiner.id().toString(),
                                Map.of("from", before.get().role().wireName(), "to", membership.role().wireName(),
                                        "via", "invitation"));
                    } else {
                        audit.tenant(actor, tenant, AuditAction.MEMBER_JOINED, "user", joiner.id().toString(),
                                Map.of("role", membership.role().wireName(), "via", "invitation"));
                    }
                    // Any other link to the same email is older than this decision: it ends with it.
                    revocations.ofEmail(actor, tenant, invitation.email(), Revocations.Reason.ACCEPTED_ANOTHER, now);
                    // Tenants are never deleted, and the invitation's tenant is a foreign key: it is there.
                    return new InvitationAccepted(membership, tenants.byId(tenant).get().slug());
                });
    }

    @Override
    public Either<Rejection, Membership> changeRole(Actor actor, Slug tenantSlug, UserId member, String role) {
        var newRole = Role.parse("role", role);
        if (newRole.isInvalid()) {
            return Either.left(new IdentityRejection.Invalid(List.of(newRole.getError())));
        }
        return units.decide(() -> target(actor, tenantSlug, member).flatMap(pair -> pair.target
                .changeRole(pair.actor, newRole.get(), pair.owners).<Rejection>mapLeft(r -> r)
                .peek(changed -> {
                    memberships.put(changed);
                    audit.tenant(actor, changed.tenantId(), AuditAction.MEMBER_ROLE_CHANGED, "user", member.toString(),
                            Map.of("from", pair.target.role().wireName(), "to", changed.role().wireName()));
                    revokeInvitationsOf(actor, changed, Revocations.Reason.ROLE_CHANGED);
                })));
    }

    @Override
    public Either<Rejection, Membership> remove(Actor actor, Slug tenantSlug, UserId member) {
        return units.decide(() -> target(actor, tenantSlug, member).flatMap(pair -> pair.target
                .removeBy(pair.actor, pair.owners).<Rejection>mapLeft(r -> r)
                .peek(removed -> {
                    memberships.remove(removed.tenantId(), removed.userId());
                    audit.tenant(actor, removed.tenantId(), AuditAction.MEMBER_REMOVED, "user", member.toString(),
                            Map.of("role", removed.role().wireName()));
                    revokeInvitationsOf(actor, removed, Revocations.Reason.MEMBER_REMOVED);
                })));
    }

    /**
     * A decision about a member settles their role: an older link to their email must not undo it
     * (a removed member rejoining, a demoted admin accepting an admin invitation).
     */
    private void revokeInvitationsOf(Actor actor, Membership member, Revocations.Reason reason) {
        users.byId(member.userId()).forEach(user ->
                revocations.ofEmail(actor, member.tenantId(), user.email(), reason, clock.instant()));
    }

    @Override
    public Either<Rejection, List<PendingInvitation>> invitations(Actor actor, Slug tenantSlug) {
        return access.access(actor, tenantSlug, Permission.INVITE_MEMBERS).map(granted ->
                invitations.pendingIn(granted.tenant().id(), clock.instant()).stream().map(PendingInvitation::of).toList());
    }

    @Override
    public Either<Rejection, PendingInvitation> revokeInvitation(Actor actor, Slug tenantSlug, InvitationId invitation) {
        return units.decide(() -> access.access(actor, tenantSlug, Permission.INVITE_MEMBERS).flatMap(granted -> {
            TenantId tenant = granted.tenant().id();
            Option<Invitation> pending = Option.ofOptional(invitations.pendingIn(tenant, clock.instant()).stream()
                    .filter(candidate -> candidate.id().equals(invitation)).findFirst());
            if (pending.isEmpty()) {
                return Either.left(new AccessRejection.InvitationNotFound(invitation.toString()));
            }
            if (!granted.role().mayAssign(pending.get().role())) {
                return Either.left(new AccessRejection.Forbidden("only owners may revoke an invitation to be an owner"));
            }
            Option<Invitation> revoked = invitations.revoke(tenant, invitation, clock.instant());
            revoked.forEach(done -> revocations.record(actor, done, Revocations.Reason.REVOKED));
            return revoked.map(PendingInvitation::of).<Rejection>toEither(() -> new AccessRejection.InvitationNotFound(invitation.toString()));
        }));
    }

    private record Pair(Membership actor, Membership target, long owners) {
    }

    private Either<Rejection, Pair> target(Actor actor, Slug tenantSlug, UserId member) {
        return access.access(actor, tenantSlug, Permission.CHANGE_MEMBERS).flatMap(granted -> {
            // Locked first, read after: a concurrent change of this tenant's members waits for this
            // unit, so the owners counted are still the owners when the change is written.
            long owners = memberships.lockOwners(granted.tenant().id()).size();
            Option<Membership> target = memberships.of(granted.tenant().id(), member);
            if (target.isEmpty()) {
                return Either.left(new AccessRejection.NoSuchMember(member));
            }
            // The system acts with an owner's rights; a user with their own membership, read again
            // under the lock: an owner demoted a moment ago acts as what they are now.
            Option<Membership> acting = actor.isSystem()
                    ? Option.of(new Membership(granted.tenant().id(), member, Role.OWNER, clock.instant()))
                    : memberships.of(granted.tenant().id(), actor.user().get())
                            .filter(now -> now.role().may(Permission.CHANGE_MEMBERS));
            if (acting.isEmpty()) {
                return Either.left(new AccessRejection.Forbidden("your role no longer lets you change members"));
            }
            return Either.right(new Pair(acting.get(), target.get(), owners));
        });
    }
}
