package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.IdentityFixtures.race;
import static net.adtelligent.ports.out.IdentityFixtures.uniqueEmail;
import static net.adtelligent.ports.out.IdentityFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.identity.UserStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every UserStore must do. An adapter's test extends this and only says how to build one. */
public abstract class UserStoreContract {

    private UserStore store;

    /** The store under test. It may hold other tests' users: every test uses emails of its own. */
    protected abstract UserStore store();

    @BeforeEach
    void setUp() {
        store = store();
    }

    @Test
    void add_givenNewUser_isFoundByIdAndEmailWithEveryField() {
        User ann = user(uniqueEmail());

        assertThat(store.add(ann).get()).isEqualTo(ann);

        assertThat(store.byId(ann.id()).get()).isEqualTo(ann);
        assertThat(store.byEmail(ann.email()).get()).isEqualTo(ann);
    }

    @Test
    void add_givenTakenEmail_answersEmailTakenAndKeepsTheFirst() {
        User first = user(uniqueEmail());
        store.add(first);

        var second = store.add(user(first.email()));

        assertThat(second.getLeft()).isEqualTo(new IdentityRejection.EmailTaken(first.email()));
        assertThat(store.byEmail(first.email()).get()).isEqualTo(first);
    }

    @Test
    void add_givenEmailTypedInOtherCase_answersEmailTakenAndFindsTheFirst() {
        User first = user(uniqueEmail());
        store.add(first);
        Email shouted = Email.parse("email", " " + first.email().value().toUpperCase(Locale.ROOT) + " ").get();

        var second = store.add(user(shouted));

        assertThat(second.isLeft()).isTrue();
        assertThat(store.byEmail(shouted).get()).isEqualTo(first);
    }

    @Test
    void add_givenSameEmailConcurrently_storesExactlyOne() throws Exception {
        Email contested = uniqueEmail();

        List<User> added = race(16, () -> store.add(user(contested)).getOrNull());

        List<User> winners = added.stream().filter(u -> u != null).toList();
        assertThat(winners).hasSize(1);
        assertThat(store.byEmail(contested).get()).isEqualTo(winners.get(0));
    }

    @Test
    void lookup_givenUnknownIdOrEmail_isEmpty() {
        store.add(user(uniqueEmail()));

        assertThat(store.byId(UserId.random())).isEmpty();
        assertThat(store.byEmail(uniqueEmail())).isEmpty();
    }

    @Test
    void replace_givenNewPasswordAndStatus_storesBothAndKeepsCreatedAt() {
        User ann = user(uniqueEmail());
        store.add(ann);
        User changed = new User(ann.id(), ann.email(), new PasswordHash("fast$01$new"), UserStatus.DISABLED,
                ann.createdAt(), NOW.plusSeconds(60));

        store.replace(changed);

        User stored = store.byEmail(ann.email()).get();
        assertThat(stored).isEqualTo(changed);
        assertThat(stored.canLogIn()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(ann.createdAt());
    }

    @Test
    void replace_givenUnknownUser_failsAndStoresNothing() {
        User ghost = user(uniqueEmail());

        assertThatThrownBy(() -> store.replace(ghost)).isInstanceOf(RuntimeException.class);
        assertThat(store.byId(ghost.id())).isEmpty();
        assertThat(store.byEmail(ghost.email())).isEmpty();
    }

    /** The email is fixed: changing it here would slip past the uniqueness that add checks. */
    @Test
    void replace_givenOtherEmail_failsAndKeepsTheStoredUser() {
        User ann = user(uniqueEmail());
        store.add(ann);
        User moved = new User(ann.id(), uniqueEmail(), ann.passwordHash(), ann.status(), ann.createdAt(), NOW);

        assertThatThrownBy(() -> store.replace(moved)).isInstanceOf(RuntimeException.class);
        assertThat(store.byId(ann.id()).get()).isEqualTo(ann);
        assertThat(store.byEmail(moved.email())).isEmpty();
    }
}
