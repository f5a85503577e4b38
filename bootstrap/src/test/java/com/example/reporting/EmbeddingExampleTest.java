package com.example.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.adapters.auth.Argon2PasswordHasher;
import net.adtelligent.adapters.auth.JwtAccessTokens;
import net.adtelligent.adapters.auth.SigningKeys;
import net.adtelligent.adapters.auth.ZxcvbnPasswordScreen;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.Security;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    private static final Path SOURCE = Path.of("src/test/java/com/example/reporting/ReportingSetup.java");
    private static final Path DOCUMENT = Path.of("../docs/embedding.md");

    @TempDir
    Path outbox;

    @Test
    void inMemoryExample_givenNothing_registersAndRenames() {
        assertThat(ReportingSetup.inMemory(outbox).displayName().value()).isEqualTo("Acme Media Group");
    }

    @Test
    void postgresExample_givenFreshDatabase_migratesAndServesTheUseCases() {
        PostgresSettings database = EmbeddedPostgresFixture.freshDatabase();

        Security security = new Security(new Argon2PasswordHasher(), new ZxcvbnPasswordScreen(),
                new JwtAccessTokens(SigningKeys.generate()));

        Adtelligent core = ReportingSetup.onPostgres(database.jdbcUrl(), database.user(), database.password(), security,
                outbox, outbox.resolve("uploads"));

        assertThat(core.registerTenant().register(Actor.system("test"), new TenantDraft("acme", "Acme", "EUR", "UTC"))
                .isRight()).isTrue();
        assertThat(core.findTenants().bySlug("acme").isDefined()).isTrue();
        assertThat(core.checkHealth().check().up()).isTrue();
    }

    @Test
    void document_givenTheExampleSource_showsEachSnippetUnchanged() throws IOException {
        String document = Files.readString(DOCUMENT);
        List<String> snippets = snippets(Files.readString(SOURCE));

        assertThat(snippets).hasSize(2);
        for (String snippet : snippets) {
            assertThat(document).contains("```java\n" + snippet + "```");
        }
    }

    /** The code between docs:begin and docs:end, with the method's indentation removed. */
    private static List<String> snippets(String source) {
        Matcher matcher = Pattern.compile("// docs:begin [\\w-]+\\n(.*?)\\s*// docs:end", Pattern.DOTALL).matcher(source);
        return matcher.results()
                .map(match -> match.group(1).stripIndent().strip() + "\n")
                .toList();
    }
}
