package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every variable the service reads is in the README's table and in .env.sample, so none is a secret switch. */
class VariablesDocumentedTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern READ = Pattern.compile("\"(ADT_[A-Z0-9_]*[A-Z0-9])\"");

    @Test
    void everyVariableRead_isInTheReadmeAndTheSample() throws IOException {
        Set<String> read = variablesRead();
        String readme = Files.readString(ROOT.resolve("README.md"));
        String sample = Files.readString(ROOT.resolve(".env.sample"));

        assertThat(read).as("variables read by bootstrap").contains("ADT_DATABASE_URL", "ADT_METRICS_PORT");
        // A table row's first cell names a variable alone or with related ones ("| `A`, `B` | …").
        assertThat(read.stream().filter(name -> !found("(?m)^\\| [^|]*`" + name + "`[^|]*\\|", readme)))
                .as("variables without a row in the README's table").isEmpty();
        assertThat(read.stream().filter(name -> !found("(?m)^#? ?" + name + "=", sample)))
                .as("variables without a line in .env.sample").isEmpty();
    }

    private static boolean found(String regex, String text) {
        return Pattern.compile(regex).matcher(text).find();
    }

    private static Set<String> variablesRead() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = READ.matcher(Files.readString(source));
                while (found.find()) {
                    names.add(found.group(1));
                }
            }
        }
        return names;
    }
}
