package net.adtelligent.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The format checks in the other tests are only worth something if the reader rejects bad text. */
class ExpositionTest {

    @Test
    void parse_givenWellFormedText_readsTypesHelpsAndSamples() {
        Exposition text = Exposition.parse("""
                # HELP a_total Things, with "quotes" \\\\ and more
                # TYPE a_total counter
                a_total{kind="x \\"y\\" \\\\ z\\nw"} 2.0
                # TYPE b summary
                b{quantile="0.5"} +Inf
                b_count 3
                """);

        assertThat(text.types()).containsEntry("a_total", "counter").containsEntry("b", "summary");
        assertThat(text.value("a_total", Map.of("kind", "x \"y\" \\ z\nw"))).isEqualTo(2);
        assertThat(text.value("b", Map.of("quantile", "0.5"))).isInfinite();
        assertThat(text.value("b_count")).isEqualTo(3);
    }

    @Test
    void parse_givenSampleBeforeItsTypeLine_fails() {
        assertThatThrownBy(() -> Exposition.parse("a_total 1\n# TYPE a_total counter\n"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("before its TYPE");
    }

    @Test
    void parse_givenMalformedLabelsOrValue_fails() {
        assertThatThrownBy(() -> Exposition.parse("# TYPE a gauge\na{kind=x} 1\n")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Exposition.parse("# TYPE a gauge\na{kind=\"x\"} one\n")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Exposition.parse("# TYPE a gauge\n# TYPE a gauge\n")).isInstanceOf(AssertionError.class);
    }
}
