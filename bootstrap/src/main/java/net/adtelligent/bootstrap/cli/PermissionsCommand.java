package net.adtelligent.bootstrap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.PermissionSettings;
import net.adtelligent.domain.permission.PermissionCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "permissions",
        mixinStandardHelpOptions = true,
        description = "The permission catalogs (docs/permissions/): whether what the code asks platforms for still agrees"
                + " with them, and the review checklist written from them.",
        subcommands = {PermissionsDriftCommand.class, PermissionsChecklistCommand.class},
        footer = {"", "Example:", "  adtelligent permissions drift"})
final class PermissionsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The catalog a subcommand works on: a folder's, when given, else the one shipped in the service's jar. */
    static final class CatalogOption {

        @Option(names = "--catalog", paramLabel = "FOLDER",
                description = "read the catalog files from this folder (e.g. docs/permissions) instead of those shipped"
                        + " in the service's jar")
        Path folder;

        PermissionCatalog catalog() {
            return PermissionSettings.catalog(Optional.ofNullable(folder));
        }
    }

    static Optional<String> readIfPresent(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
