package net.adtelligent.adapters.dbt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import net.adtelligent.domain.dbt.DbtTarget;
import net.adtelligent.ports.out.DbtArtifacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dbt project's target folder ({@code dbt build} writes run_results.json there, {@code dbt
 * source freshness} sources.json), read on every call: dbt replaces the files after each invocation,
 * and an operator's check must see the newest. A file not there is "no run yet"; one that is not
 * readable, not JSON or not the artifact dbt documents is a reason naming the file and the field,
 * never its contents (a message may quote SQL); logged at debug only, as health checks read it often.
 */
public final class DbtTargetFolder implements DbtArtifacts {

    static final String RUN_RESULTS = "run_results.json";
    static final String SOURCES = "sources.json";
    /** Far above any real project's artifact; a bigger file is refused rather than read into memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DbtTargetFolder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public DbtTargetFolder(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public DbtTarget read() {
        return new DbtTarget(read(RUN_RESULTS, RunResults::run), read(SOURCES, Sources::freshness));
    }

    private <T> Either<String, Option<T>> read(String name, Function<JsonNode, T> parse) {
        Path file = folder.resolve(name);
        try {
            if (Files.size(file) > MAX_BYTES) {
                return refused(name, "larger than " + MAX_BYTES + " bytes");
            }
            JsonNode tree = JSON.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                return refused(name, "not a JSON object");
            }
            return Either.right(Option.of(parse.apply(tree)));
        } catch (NoSuchFileException notYet) {
            return Either.right(Option.none());
        } catch (JsonProcessingException notJson) {
            return refused(name, "not JSON (line " + notJson.getLocation().getLineNr() + ")");
        } catch (ArtifactException notDbts) {
            return refused(name, notDbts.getMessage());
        } catch (IOException | SecurityException unreadable) {
            return refused(name, "cannot be read (" + unreadable.getClass().getSimpleName() + ")");
        }
    }

    private static <T> Either<String, Option<T>> refused(String name, String why) {
        log.debug("dbt artifact unreadable file={} reason={}", name, why);
        return Either.left(name + " " + why);
    }
}
