package net.adtelligent.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.adtelligent.bootstrap.DemoData;
import org.junit.jupiter.api.Test;

/** The hints serve --demo prints name routes the service has, the connections' among them. */
class DemoGuideTest {

    @Test
    void text_givenTheDemo_namesOnlyDocumentedRoutesTheConnectionsIncluded() throws IOException {
        String guide = DemoGuide.text("http://localhost:8080", new DemoData.Demo(null, null, Option.none()));
        String document;
        try (InputStream in = DemoGuide.class.getResourceAsStream("/net/adtelligent/adapters/http/operations/openapi.json")) {
            assertThat(in).as("openapi.json on the class path").isNotNull();
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<String> routes = Pattern.compile("http://localhost:8080(/api/[^\\s'?\"]*)").matcher(guide).results()
                .map(found -> found.group(1).replace("/" + DemoData.SLUG + "/", "/{slug}/")).toList();

        assertThat(routes).contains("/api/connectors/", "/api/tenants/{slug}/connections/", "/api/tenants/{slug}/members/")
                .allSatisfy(route -> assertThat(document).as(route).contains("\"" + route + "\""));
        assertThat(guide).contains("adtelligent readiness tenant --tenant " + DemoData.SLUG);
    }
}
