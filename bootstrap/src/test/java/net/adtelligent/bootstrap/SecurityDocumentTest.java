package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.identity.Role;
import org.junit.jupiter.api.Test;

/** docs/security.md shows the role matrix; this keeps the page and the code from drifting apart. */
class SecurityDocumentTest {

    @Test
    void roleMatrix_givenTheDocument_matchesTheDomain() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../docs/security.md"));

        for (Permission permission : Permission.values()) {
            String row = lines.stream().filter(line -> line.startsWith("| " + permission.name() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/security.md has no row for " + permission));
            List<String> cells = Arrays.stream(row.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
            for (Role role : Role.values()) {
                String expected = role.may(permission) ? "yes" : "no";
                assertThat(cells.get(role.ordinal() + 1)).as(permission + " for " + role).isEqualTo(expected);
            }
        }
    }
}
