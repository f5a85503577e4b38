package net.adtelligent.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import net.adtelligent.adapters.http.StaticBodyServer;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.DemoData;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.cli.Progress;
import net.adtelligent.bootstrap.StandaloneService;
import net.adtelligent.bench.HttpLoad;
import net.adtelligent.bench.HttpResidentMemory;
import net.adtelligent.bench.HttpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "http",
        mixinStandardHelpOptions = true,
        description = {"Starts the standalone service in this JVM on a free loopback port, with the demo tenant (a year "
                + "of facts and its snapshot) in a temporary data folder, and beside it a bare Javalin route answering "
                + "a body of the same size; then loads each with wrk (-t2 --latency) and prints both rates, the 99th "
                + "percentiles, the service's share of the static route's rate (goal: at least 50%%, p99 under 10 ms) "
                + "and this JVM's resident memory after the load (goal: under 512 MiB).",
            "The service logs every request, as in production: send stderr to a file. Needs wrk on the PATH "
                + "(apt-get install wrk); give the JVM the heap you mean to measure, e.g. ADT_JAVA_OPTS=-Xmx256m."},
        footer = {"", "Examples:", "  ADT_JAVA_OPTS=-Xmx256m adtelligent-bench http 2>/tmp/bench-http.log",
            "  adtelligent-bench http --duration 20s --connections 16 2>/dev/null"})
final class BenchHttpCommand implements Callable<Integer> {

    private static final String COMBINED = "/api/tenants/" + DemoData.SLUG + "/metrics/combined/";
    private static final String HOST = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Option(names = "--duration", defaultValue = "60s", paramLabel = "TIME", converter = BenchHttpDuration.class,
            description = "How long wrk loads each target, e.g. 60s or 2m (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "10s", paramLabel = "TIME", converter = BenchHttpDuration.class,
            description = "Load each target gets untimed first, for the JIT; 0s for none (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--connections", defaultValue = "64", paramLabel = "N", description = "wrk's open connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Override
    public Integer call() throws IOException {
        if (duration.isZero() || connections < 2) {
            throw new ConfigurationException("--duration must be positive and --connections at least 2 (one a wrk thread)");
        }
        HttpLoad wrk = HttpLoad.fromPath().orElseThrow(() ->
                new ConfigurationException("wrk is not on the PATH; install it: apt-get install wrk"));
        Settings parent = ((BenchCommand) spec.root().userObject()).settings();
        Path data = Files.createTempDirectory("adtelligent-bench-http-");
        String password = UUID.randomUUID() + "-Bench";
        // Always a scratch embedded database on loopback: the demo must not land in a real one.
        Settings settings = parent.scratchDemo(data, HOST, password)
                // wrk's connections all come from loopback: one address that must not be held to one client's share.
                .withMaxRequestsPerAddress(Math.max(parent.httpClients().maxRequestsPerAddress(), connections));
        Progress progress = new Progress(spec.commandLine().getErr());
        try {
            progress.step("starting the service with the demo tenant");
            try (StandaloneService service = StandaloneService.start(settings, core -> DemoData.ensure(core, Optional.of(password)))) {
                return run(wrk, service, password, progress);
            }
        } finally {
            progress.done();
            delete(data);
        }
    }

    private int run(HttpLoad wrk, StandaloneService service, String password, Progress progress) {
        PrintWriter out = spec.commandLine().getOut();
        HttpSession session = HttpSession.logIn("http://" + HOST + ":" + service.httpPort(), DemoData.EMAIL, password);
        HttpSession.Answer answer = session.get(COMBINED);
        try (StaticBodyServer baseline = StaticBodyServer.start(HOST, answer.body(), answer.contentType())) {
            String serviceUrl = "http://" + HOST + ":" + service.httpPort() + COMBINED;
            String baselineUrl = "http://" + HOST + ":" + baseline.port() + StaticBodyServer.PATH;
            out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
            out.printf("service: this JVM, embedded PostgreSQL in a temporary folder, demo tenant; GET %s answers %,d bytes "
                    + "(%s), signed in as the demo owner%n", COMBINED, answer.body().length, answer.contentType());
            out.printf("baseline: Javalin in this JVM, one GET route answering the same %,d bytes, nothing else%n",
                    answer.body().length);
            out.printf("load: wrk -t2 -c%d -d%ds --latency, the same Authorization header to both; %ds of each untimed "
                    + "first%n", connections, duration.toSeconds(), warmup.toSeconds());
            new BenchReport(out, 1).machine();
            out.println();
            if (!warmup.isZero()) {
                progress.step("warm-up: combined metrics");
                wrk.run(serviceUrl, session.authorization(), connections, warmup);
                progress.step("warm-up: static body");
                wrk.run(baselineUrl, session.authorization(), connections, warmup);
            }
            progress.step("combined metrics, " + duration.toSeconds() + " s");
            HttpLoad.Result measured = wrk.run(serviceUrl, session.authorization(), connections, duration);
            Optional<HttpResidentMemory> memory = HttpResidentMemory.now();
            progress.step("static body, " + duration.toSeconds() + " s");
            HttpLoad.Result bare = wrk.run(baselineUrl, session.authorization(), connections, duration);
            progress.done();
            BenchHttpReport report = new BenchHttpReport(out);
            report.header();
            report.target("combined metrics (service)", measured);
            report.target("static body (bare Javalin)", bare);
            report.summary(measured, bare, 0.5, 10, memory, BenchHttpReport.mebibytes(512));
            return 0;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
