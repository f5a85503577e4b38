package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.ports.out.LoginAttempts;
import net.adtelligent.ports.out.LoginAttemptsContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared LoginAttempts contract on a real database (its races included), plus what only the table checks. */
class PostgresLoginAttemptsTest extends LoginAttemptsContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected LoginAttempts store() {
        return DATABASE.get().loginAttempts();
    }

    @Test
    void attempt_givenPlainEmailAsKey_isRefusedByTheTable() {
        LoginAttempts store = DATABASE.get().loginAttempts();

        assertThatThrownBy(() -> store.attempt("ann@example.com", NOW, LoginAttempts.Pacing.countOnly(java.time.Duration.ofHours(1))))
                .hasMessageContaining("login_attempts_hash_only");
    }
}
