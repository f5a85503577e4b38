package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.PageQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the tenant's connections that are not deleted, oldest first: each credential field"
                + " as its fingerprint (or unset), never a value.",
        footer = {"", "Example:", "  adtelligent connections list --tenant demo"})
final class ConnectionsListCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.system("adtelligent connections list");

    @Spec
    CommandSpec spec;

    @ParentCommand
    ConnectionsCommand connections;

    @Option(names = "--tenant", required = true, paramLabel = "SLUG", description = "The tenant.")
    String tenant;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        connections.withConnections(port -> {
            io.vavr.control.Option<String> cursor = io.vavr.control.Option.none();
            do {
                var page = port.list(OPERATOR, ConnectionsCommand.slug(tenant), new PageQuery(cursor, PageQuery.MAX_LIMIT));
                if (page.isLeft()) {
                    return page.map(nothing -> 0);
                }
                page.get().items().forEach(view -> ConnectionsCommand.print(out, view));
                cursor = page.get().nextCursor();
            } while (cursor.isDefined());
            return io.vavr.control.Either.right(0);
        });
        return 0;
    }
}
