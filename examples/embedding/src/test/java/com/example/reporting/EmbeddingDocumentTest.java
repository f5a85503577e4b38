package com.example.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md shows this module's code, build and SQL, never text of its own: every Java, XML
 * and SQL block there must be a marked part of this module (with the imports it uses), and every
 * marked part must be shown. So the document cannot drift from code that compiles and runs.
 */
class EmbeddingDocumentTest {

    private static final Path DOCUMENT = Path.of("../../docs/embedding.md");
    private static final Path SOURCES = Path.of("src/main/java/com/example/reporting");
    private static final Pattern JAVA_PART = Pattern.compile("// docs:begin [\\w-]+\\n(.*?)\\n\\s*// docs:end", Pattern.DOTALL);
    private static final Pattern XML_PART = Pattern.compile("<!-- docs:begin [\\w-]+ -->\\n(.*?)\\n\\s*<!-- docs:end -->", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+\\.(\\w+));$", Pattern.MULTILINE);

    @Test
    void document_givenTheExample_showsEveryMarkedPartAndNothingElse() throws IOException {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.sorted().toList()) {
                expected.addAll(javaBlocks(Files.readString(file)));
            }
        }
        expected.addAll(parts(XML_PART, Files.readString(Path.of("pom.xml"))).stream().map(part -> block("xml", part)).toList());
        for (String sql : List.of("dba-setup.sql", "dba-app-role.sql")) {
            expected.add(block("sql", Files.readString(Path.of("src/test/resources", sql)).strip()));
        }

        assertThat(blocks(Files.readString(DOCUMENT))).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Each marked part of a source file, after the imports of the file that it names. */
    private static List<String> javaBlocks(String source) {
        List<String> blocks = new ArrayList<>();
        for (String part : parts(JAVA_PART, source)) {
            StringBuilder imports = new StringBuilder();
            Matcher match = IMPORT.matcher(source);
            while (match.find()) {
                if (Pattern.compile("\\b" + match.group(2) + "\\b").matcher(part).find()) {
                    imports.append("import ").append(match.group(1)).append(";\n");
                }
            }
            blocks.add(block("java", imports.isEmpty() ? part : imports + "\n" + part));
        }
        return blocks;
    }

    private static List<String> parts(Pattern marker, String text) {
        return marker.matcher(text).results().map(match -> match.group(1).stripIndent().strip()).toList();
    }

    private static String block(String language, String body) {
        return "```" + language + "\n" + body + "\n```";
    }

    /** The document's fenced blocks of Java, XML and SQL. */
    private static List<String> blocks(String document) {
        return Pattern.compile("```(java|xml|sql)\\n.*?\\n```", Pattern.DOTALL).matcher(document).results()
                .map(MatchResult::group).toList();
    }
}
