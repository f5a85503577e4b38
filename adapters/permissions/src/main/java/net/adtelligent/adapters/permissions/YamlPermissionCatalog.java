package net.adtelligent.adapters.permissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.adtelligent.domain.permission.PermissionCatalog;
import net.adtelligent.domain.permission.PermissionPlatform;
import net.adtelligent.domain.permission.PlatformCatalog;

/**
 * The permission catalog from its YAML files: those shipped in this jar (copied from
 * docs/permissions/ at build time), or those of a folder. One file per platform, named by its key.
 */
public final class YamlPermissionCatalog {

    private static final String CATALOG = "/net/adtelligent/adapters/permissions/catalog/";
    private static final String CHECKLIST = "/net/adtelligent/adapters/permissions/meta-app-review-submission-checklist.md";

    private YamlPermissionCatalog() {
    }

    /** The catalog shipped with the service. */
    public static PermissionCatalog load() {
        List<PlatformCatalog> files = new ArrayList<>();
        for (PermissionPlatform platform : PermissionPlatform.values()) {
            try (InputStream in = YamlPermissionCatalog.class.getResourceAsStream(CATALOG + platform.fileName())) {
                if (in == null) {
                    throw new PermissionCatalogException(platform.fileName(), 0, "missing from the service's jar");
                }
                files.add(CatalogFile.read(platform.fileName(), new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return PermissionCatalog.of(files);
    }

    /** The catalog of a folder such as docs/permissions/: one file per platform. */
    public static PermissionCatalog read(Path folder) {
        List<PlatformCatalog> files = new ArrayList<>();
        for (PermissionPlatform platform : PermissionPlatform.values()) {
            Path file = folder.resolve(platform.fileName());
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                files.add(CatalogFile.read(platform.fileName(), in));
            } catch (NoSuchFileException e) {
                throw new PermissionCatalogException(file.toString(), 0, "missing: every platform has a catalog file");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return PermissionCatalog.of(files);
    }

    /** One catalog file's text, for tests and tools that check a file before it is shipped. */
    public static PlatformCatalog parse(String fileName, String text) {
        return CatalogFile.read(fileName, new java.io.StringReader(text));
    }

    /** The review checklist shipped with the service (docs/runbooks/meta-app-review-submission-checklist.md). */
    public static Optional<String> shippedChecklist() {
        try (InputStream in = YamlPermissionCatalog.class.getResourceAsStream(CHECKLIST)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
