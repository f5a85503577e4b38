package com.example.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM lists every module the build publishes, at the build's version, and the example imports that version. */
class BomTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern FIRST_ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern OWN_VERSION = Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void bom_givenTheReactor_listsEveryPublishedModuleAtTheBuildsVersion() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        List<String> published = MODULE.matcher(parent).results().map(match -> match.group(1))
                // The benchmarks, the fault harness and the dbt parity tests are tools of this build, not
                // libraries anyone embeds.
                .filter(module -> !module.equals("bom") && !module.equals("bench") && !module.equals("faults")
                        && !module.equals("dbt-parity")
                        && !module.startsWith("examples/"))
                .map(module -> artifactOf(ROOT.resolve(module).resolve("pom.xml")))
                .toList();

        assertThat(published).isNotEmpty().allSatisfy(artifact ->
                assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>\n        <version>${project.version}</version>"));
        assertThat(versionOf(bom)).isEqualTo(versionOf(parent));
    }

    @Test
    void example_givenTheBom_importsTheBuildsVersion() throws IOException {
        String example = Files.readString(Path.of("pom.xml"));
        String parent = Files.readString(ROOT.resolve("pom.xml"));

        assertThat(example).contains("<artifactId>adtelligent-bom</artifactId>\n        <version>" + versionOf(parent)
                + "</version>");
    }

    private static String artifactOf(Path pom) {
        try {
            // A module's own artifactId is the first after its parent's.
            Matcher match = FIRST_ARTIFACT.matcher(Files.readString(pom));
            match.find();
            match.find();
            return match.group(1);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String versionOf(String pom) {
        Matcher match = OWN_VERSION.matcher(pom.substring(pom.indexOf("<artifactId>adtelligent-")));
        match.find();
        return match.group(1);
    }
}
