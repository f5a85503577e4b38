package net.adtelligent.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesNameTest {

    @Test
    void dropwizardName_givenLabels_readsLikeThePrometheusSeries() {
        SeriesName series = SeriesName.of("adtelligent_http_request_duration_seconds", List.of("method", "route"),
                List.of("GET", "/api/tenants/{slug}/"));

        assertThat(series.dropwizardName())
                .isEqualTo("adtelligent_http_request_duration_seconds{method=\"GET\",route=\"/api/tenants/{slug}/\"}");
    }

    @Test
    void parse_givenNameRenderedFromAwkwardValues_returnsTheSameFamilyAndLabels() {
        SeriesName series = SeriesName.of("adtelligent_alerts_total", List.of("kind", "route"),
                List.of("a \"quoted\", {braced} kind\\", "/openapi.json\n"));

        assertThat(SeriesName.parse(series.dropwizardName())).isEqualTo(series);
    }

    @Test
    void parse_givenPlainDottedName_isThatFamilyWithoutLabels() {
        assertThat(SeriesName.parse("jvm.memory.heap")).isEqualTo(new SeriesName("jvm.memory.heap", Map.of()));
    }

    @Test
    void parse_givenBracesThatAreNotLabels_keepsTheWholeNameAsFamily() {
        assertThat(SeriesName.parse("cache{a=b}").labels()).isEmpty();
        assertThat(SeriesName.parse("cache{1x=\"b\"}").family()).isEqualTo("cache{1x=\"b\"}");
        assertThat(SeriesName.parse("{kind=\"b\"}").labels()).isEmpty();
    }
}
