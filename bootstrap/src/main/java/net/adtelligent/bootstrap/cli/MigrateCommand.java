package net.adtelligent.bootstrap.cli;

import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Brings the database schema up to date, then exits. `serve` does this too on start.",
        footer = {"", "Example:", "  ADT_DATABASE_URL=postgresql://owner:secret@db.internal:5432/adtelligent adtelligent migrate"})
final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(Operations.migrate(parent.settings()));
        return 0;
    }
}
