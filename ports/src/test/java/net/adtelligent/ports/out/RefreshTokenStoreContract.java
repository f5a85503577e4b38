package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.IdentityFixtures.race;
import static net.adtelligent.ports.out.IdentityFixtures.tokenHash;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.domain.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every RefreshTokenStore must do. An adapter's test extends this and only says how to build one. */
public abstract class RefreshTokenStoreContract {

    private static final Instant LATER = NOW.plusSeconds(60);
    private static final Instant LATEST = NOW.plusSeconds(120);

    private RefreshTokenStore store;
    private UserId ann;

    /** The store under test. It may hold other tests' tokens: every test uses users and tokens of its own. */
    protected abstract RefreshTokenStore store();

    /** Where the users that tokens point at are registered (the same database, for a real store). */
    protected abstract UserStore userStore();

    @BeforeEach
    void setUp() {
        store = store();
        ann = IdentityFixtures.newUser(userStore());
    }

    @Test
    void add_givenToken_isFoundByHashWithEveryField() {
        RefreshToken token = RefreshToken.startFamily(tokenHash(), ann, NOW);

        store.add(token);

        assertThat(store.byHash(token.tokenHash()).get()).isEqualTo(token);
        assertThat(store.byHash(tokenHash())).isEmpty();
    }

    @Test
    void markRotated_givenActiveToken_answersTrueAndRecordsWhen() {
        RefreshToken token = added(RefreshToken.startFamily(tokenHash(), ann, NOW));

        assertThat(store.markRotated(token.tokenHash(), LATER)).isTrue();

        RefreshToken stored = store.byHash(token.tokenHash()).get();
        assertThat(stored.rotatedAt()).isEqualTo(Option.of(LATER));
        assertThat(stored.state(LATER)).isEqualTo(RefreshToken.State.ROTATED);
    }

    @Test
    void markRotated_givenRotatedToken_answersFalseAndKeepsTheFirstRotation() {
        RefreshToken token = added(RefreshToken.startFamily(tokenHash(), ann, NOW));
        store.markRotated(token.tokenHash(), LATER);

        assertThat(store.markRotated(token.tokenHash(), LATEST)).isFalse();

        assertThat(store.byHash(token.tokenHash()).get().rotatedAt()).isEqualTo(Option.of(LATER));
    }

    @Test
    void markRotated_givenRevokedToken_answersFalseAndChangesNothing() {
        RefreshToken token = added(RefreshToken.startFamily(tokenHash(), ann, NOW));
        store.revokeFamily(token.familyId(), LATER);

        assertThat(store.markRotated(token.tokenHash(), LATEST)).isFalse();

        assertThat(store.byHash(token.tokenHash()).get().rotatedAt()).isEmpty();
    }

    @Test
    void markRotated_givenUnknownHash_answersFalse() {
        assertThat(store.markRotated(tokenHash(), LATER)).isFalse();
    }

    @Test
    void markRotated_givenRacingRequestsWithOneToken_exactlyOneWins() throws Exception {
        RefreshToken token = added(RefreshToken.startFamily(tokenHash(), ann, NOW));

        List<Boolean> wins = race(16, () -> store.markRotated(token.tokenHash(), LATER));

        assertThat(wins).containsOnlyOnce(true);
    }

    @Test
    void revokeFamily_givenFamily_revokesEveryTokenOfItAndNoOtherFamily() {
        RefreshToken first = added(RefreshToken.startFamily(tokenHash(), ann, NOW));
        store.markRotated(first.tokenHash(), LATER);
        RefreshToken second = added(first.next(tokenHash(), LATER));
        RefreshToken otherFamily = added(RefreshToken.startFamily(tokenHash(), ann, NOW));

        store.revokeFamily(first.familyId(), LATEST);

        assertThat(store.byHash(first.tokenHash()).get().revokedAt()).isEqualTo(Option.of(LATEST));
        assertThat(store.byHash(first.tokenHash()).get().rotatedAt()).isEqualTo(Option.of(LATER));
        assertThat(store.byHash(second.tokenHash()).get().revokedAt()).isEqualTo(Option.of(LATEST));
        assertThat(store.byHash(otherFamily.tokenHash()).get()).isEqualTo(otherFamily);
    }

    @Test
    void revokeFamily_givenTokenRevokedBefore_keepsItsFirstRevocation() {
        RefreshToken first = added(RefreshToken.startFamily(tokenHash(), ann, NOW));
        store.revokeFamily(first.familyId(), LATER);
        RefreshToken second = added(first.next(tokenHash(), LATER));

        store.revokeFamily(first.familyId(), LATEST);

        assertThat(store.byHash(first.tokenHash()).get().revokedAt()).isEqualTo(Option.of(LATER));
        assertThat(store.byHash(second.tokenHash()).get().revokedAt()).isEqualTo(Option.of(LATEST));
    }

    @Test
    void revokeAllOf_givenUser_revokesEveryFamilyOfThatUserOnly() {
        UserId bob = IdentityFixtures.newUser(userStore());
        RefreshToken annsFirst = added(RefreshToken.startFamily(tokenHash(), ann, NOW));
        RefreshToken annsSecond = added(RefreshToken.startFamily(tokenHash(), ann, NOW));
        RefreshToken bobs = added(RefreshToken.startFamily(tokenHash(), bob, NOW));

        store.revokeAllOf(ann, LATER);

        assertThat(store.byHash(annsFirst.tokenHash()).get().state(LATER)).isEqualTo(RefreshToken.State.REVOKED);
        assertThat(store.byHash(annsSecond.tokenHash()).get().revokedAt()).isEqualTo(Option.of(LATER));
        assertThat(store.byHash(bobs.tokenHash()).get()).isEqualTo(bobs);
        assertThat(store.markRotated(annsFirst.tokenHash(), LATEST)).isFalse();
        assertThat(store.markRotated(bobs.tokenHash(), LATEST)).isTrue();
    }

    private RefreshToken added(RefreshToken token) {
        store.add(token);
        return token;
    }
}
