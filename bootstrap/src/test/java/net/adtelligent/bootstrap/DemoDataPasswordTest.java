package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

/** A refused ADT_DEMO_PASSWORD says which rule it broke, not only that a field is invalid. */
class DemoDataPasswordTest {

    private final MutableClock clock = new MutableClock();
    private final TestCore test = new TestCore(clock);

    @Test
    void ensure_givenTooShortPassword_refusesNamingTheFieldAndTheRule() {
        assertThatThrownBy(() -> DemoData.ensure(test.core, Optional.of("short"), clock))
                .isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("ADT_DEMO_PASSWORD is refused: password must be at least ")
                .hasMessageNotContaining("field is invalid")
                .satisfies(failure -> assertThat(((RefusedException) failure).rejection().kind())
                        .isEqualTo(RejectionKind.INVALID));
    }
}
