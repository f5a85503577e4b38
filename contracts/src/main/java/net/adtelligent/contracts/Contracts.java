package net.adtelligent.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data contracts shipped with this module, one per source stream, read from the classpath and
 * checked as a whole: {@code Contracts.load().stream("meta_ads.ads_insights")}. A broken file fails
 * loading with a {@link ContractFileException} naming the file and key.
 *
 * <p>The files are listed in {@code streams/index.txt} rather than discovered, because classpath
 * directories cannot be listed portably (inside a jar they are not directories).
 */
public final class Contracts {

    static final String DIRECTORY = "net/adtelligent/contracts/streams/";
    static final String INDEX = "index.txt";

    private final Map<String, StreamContract> byStream;

    private Contracts(Map<String, StreamContract> byStream) {
        this.byStream = Collections.unmodifiableMap(byStream);
    }

    /** Every contract this module ships. */
    public static Contracts load() {
        return load(Contracts.class.getClassLoader(), DIRECTORY);
    }

    static Contracts load(ClassLoader classLoader, String directory) {
        Map<String, StreamContract> byStream = new LinkedHashMap<>();
        for (String name : index(classLoader, directory)) {
            String file = directory + name;
            StreamContract contract = read(classLoader, file);
            if (byStream.putIfAbsent(contract.stream(), contract) != null) {
                throw new ContractFileException(file, "stream", "a second contract for " + contract.stream());
            }
        }
        return new Contracts(byStream);
    }

    /**
     * The contract of a stream id such as {@code google_ads.campaign}; empty if none is shipped. The
     * name a stream had in older connector versions finds its contract too: {@code
     * google_ads.ad_group_ad_legacy} is {@code google_ads.ad_performance}'s variant.
     */
    public Optional<StreamContract> stream(String id) {
        StreamContract own = byStream.get(id);
        if (own != null || id.indexOf('.') < 0) {
            return Optional.ofNullable(own);
        }
        String prefix = id.substring(0, id.indexOf('.') + 1);
        String name = id.substring(prefix.length());
        return byStream.values().stream()
                .filter(contract -> contract.stream().startsWith(prefix))
                .filter(contract -> contract.variants().stream().anyMatch(v -> v.stream().filter(name::equals).isPresent()))
                .findFirst();
    }

    /** Every contract, in the index's order. */
    public List<StreamContract> all() {
        return List.copyOf(byStream.values());
    }

    private static StreamContract read(ClassLoader classLoader, String file) {
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new ContractFileException(file, "(file)", "listed in " + INDEX + " but not on the classpath");
            }
            return ContractReader.read(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> index(ClassLoader classLoader, String directory) {
        String file = directory + INDEX;
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new ContractFileException(file, "(file)", "the contract index is not on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
