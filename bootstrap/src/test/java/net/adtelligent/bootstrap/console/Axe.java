package net.adtelligent.bootstrap.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (its WebJar) run inside the page as it is: no serious or critical violation allowed.
 * Injected through the driver, which the page's Content-Security-Policy does not govern.
 */
final class Axe {

    private static final String SCRIPT = "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    /** Checks the page as shown now; the message lists each violation, its help and where it is. */
    static void check(WebDriver browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(source());
        String violations = (String) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{impact: 'critical', id: 'axe-failed', help: String(e), nodes: []}])));");
        List<String> failing = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(violations)) {
                if (FAILING.contains(violation.path("impact").asText())) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                    failing.add(violation.path("impact").asText() + " " + violation.path("id").asText() + ": "
                            + violation.path("help").asText() + " at " + targets);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        assertThat(failing).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new AssertionError(SCRIPT + " is not on the test class path (the axe-core WebJar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String axeVersion() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException missing) {
            throw new AssertionError("the axe-core WebJar is not on the test class path", missing);
        }
    }
}
