package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import net.adtelligent.bootstrap.DemoData;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.StandaloneService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Runs the HTTP API until stopped (Ctrl-C). Without ADT_DATABASE_URL it starts an embedded "
                + "PostgreSQL with its data under ADT_DATA_DIR (default ~/.adtelligent). A database that cannot be "
                + "reached is tried again, waiting longer each time, for up to ADT_DATABASE_STARTUP_WAIT (default PT60S); "
                + "a refused login is not.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "1:failed (the log says why)",
            "2:a setting is wrong (ADT_*, a refused database login): change it, then start again",
            "3:the database could not be reached within ADT_DATABASE_STARTUP_WAIT: start again later"},
        footer = {"", "Examples:", "  adtelligent serve --demo", "  ADT_HTTP_PORT=9090 adtelligent serve"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Option(names = "--demo", description = "Create the demo tenant (once) and print what to try next.")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = parent.settings();
        AtomicReference<DemoData.Demo> created = new AtomicReference<>();
        StandaloneService service = StandaloneService.start(settings, core -> {
            if (demo) {
                created.set(DemoData.ensure(core, settings.demoPassword()));
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "adtelligent-shutdown"));

        PrintWriter out = spec.commandLine().getOut();
        String base = "http://" + settings.httpHost() + ":" + service.httpPort();
        out.println("Adtelligent is serving " + base + "/api/ ("
                + (service.embeddedDatabase() ? "embedded PostgreSQL, data in " + settings.dataDir() : "ADT_DATABASE_URL")
                + "). Stop with Ctrl-C.");
        if (created.get() != null) {
            out.println(DemoGuide.text(base, created.get()));
        }
        out.flush();
        stopped.await();
        return 0;
    }
}
