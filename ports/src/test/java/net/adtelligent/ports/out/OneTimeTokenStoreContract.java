package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.IdentityFixtures.race;
import static net.adtelligent.ports.out.IdentityFixtures.tokenHash;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.identity.OneTimeToken;
import net.adtelligent.domain.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every OneTimeTokenStore must do. An adapter's test extends this and only says how to build one.
 * (A token of another purpose cannot be tested while PASSWORD_RESET is the only purpose.)
 */
public abstract class OneTimeTokenStoreContract {

    private static final OneTimeToken.Purpose RESET = OneTimeToken.Purpose.PASSWORD_RESET;
    private static final Instant SOON = NOW.plusSeconds(60);

    private OneTimeTokenStore store;
    private UserId ann;

    /** The store under test. It may hold other tests' tokens: every test uses users and tokens of its own. */
    protected abstract OneTimeTokenStore store();

    /** Where the users that tokens point at are registered (the same database, for a real store). */
    protected abstract UserStore userStore();

    @BeforeEach
    void setUp() {
        store = store();
        ann = IdentityFixtures.newUser(userStore());
    }

    @Test
    void find_givenUsableToken_answersItWithEveryFieldAndLeavesItUnused() {
        OneTimeToken token = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));

        assertThat(store.find(token.tokenHash(), RESET, SOON).get()).isEqualTo(token);
        assertThat(store.find(token.tokenHash(), RESET, SOON).get()).isEqualTo(token);
        assertThat(store.use(token.tokenHash(), RESET, SOON)).isNotEmpty();
    }

    @Test
    void use_givenUsableToken_answersItMarkedUsed() {
        OneTimeToken token = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));

        Option<OneTimeToken> used = store.use(token.tokenHash(), RESET, SOON);

        assertThat(used.get()).isEqualTo(new OneTimeToken(token.tokenHash(), RESET, ann, NOW, token.expiresAt(),
                Option.of(SOON)));
    }

    @Test
    void useAndFind_givenUsedToken_areEmpty() {
        OneTimeToken token = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));
        store.use(token.tokenHash(), RESET, SOON);

        assertThat(store.use(token.tokenHash(), RESET, SOON.plusSeconds(1))).isEmpty();
        assertThat(store.find(token.tokenHash(), RESET, SOON.plusSeconds(1))).isEmpty();
    }

    @Test
    void useAndFind_givenTheMomentItExpires_areEmpty() {
        OneTimeToken token = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));
        Instant expiry = token.expiresAt();

        assertThat(store.find(token.tokenHash(), RESET, expiry)).isEmpty();
        assertThat(store.use(token.tokenHash(), RESET, expiry)).isEmpty();
        assertThat(store.use(token.tokenHash(), RESET, expiry.plusSeconds(3600))).isEmpty();
    }

    @Test
    void use_givenLastMicrosecondBeforeExpiry_answersIt() {
        OneTimeToken token = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));

        assertThat(store.use(token.tokenHash(), RESET, token.expiresAt().minusNanos(1000))).isNotEmpty();
    }

    @Test
    void useAndFind_givenUnknownHash_areEmpty() {
        added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));

        assertThat(store.find(tokenHash(), RESET, SOON)).isEmpty();
        assertThat(store.use(tokenHash(), RESET, SOON)).isEmpty();
    }

    @Test
    void use_givenRacingRequestsWithOneToken_atMostOneGetsIt() throws Exception {
        OneTimeToken token = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));

        List<Boolean> got = race(16, () -> store.use(token.tokenHash(), RESET, SOON).isDefined());

        assertThat(got).containsOnlyOnce(true);
    }

    @Test
    void use_givenOtherTokenOfTheSameUser_leavesThatOneUsable() {
        OneTimeToken first = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));
        OneTimeToken second = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));

        store.use(first.tokenHash(), RESET, SOON);

        assertThat(store.find(second.tokenHash(), RESET, SOON).get()).isEqualTo(second);
    }

    @Test
    void revokeAllOf_givenTokensOfTwoUsers_endsEveryUnusedOneOfThatUserOnly() {
        UserId bob = IdentityFixtures.newUser(userStore());
        OneTimeToken older = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));
        OneTimeToken newer = added(OneTimeToken.issue(tokenHash(), RESET, ann, SOON));
        OneTimeToken used = added(OneTimeToken.issue(tokenHash(), RESET, ann, NOW));
        OneTimeToken bobs = added(OneTimeToken.issue(tokenHash(), RESET, bob, NOW));
        store.use(used.tokenHash(), RESET, SOON);

        store.revokeAllOf(ann, RESET, SOON.plusSeconds(1));

        assertThat(store.find(older.tokenHash(), RESET, SOON.plusSeconds(2))).isEmpty();
        assertThat(store.use(newer.tokenHash(), RESET, SOON.plusSeconds(2))).isEmpty();
        assertThat(store.find(bobs.tokenHash(), RESET, SOON.plusSeconds(2)).get()).isEqualTo(bobs);
    }

    private OneTimeToken added(OneTimeToken token) {
        store.add(token);
        return token;
    }
}
