package net.adtelligent.bench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import net.adtelligent.adapters.http.StaticBodyServer;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.bench.HttpLoad;
import net.adtelligent.bench.SignalCount;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.StandaloneService;
import net.adtelligent.bootstrap.cli.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "webhook",
        mixinStandardHelpOptions = true,
        description = {"Starts the standalone service in this JVM on a free loopback port (embedded PostgreSQL in a "
                + "temporary data folder, a webhook secret, every job's signal counted), and beside it a bare Javalin "
                + "POST route answering the same body; then loads each with wrk (-t2 --latency) POSTing Airbyte's sync "
                + "notification, every job twice, and prints both rates, the webhook's share of the bare route's rate "
                + "(goal: at least 50%%, median of alternating rounds) and whether every job was recorded and signalled exactly once.",
            "The service logs every request, as in production: send stderr to a file. Needs wrk on the PATH "
                + "(apt-get install wrk)."},
        footer = {"", "Examples:", "  adtelligent-bench webhook 2>/tmp/bench-webhook.log",
            "  adtelligent-bench webhook --duration 20s --connections 16 --rounds 5 2>/dev/null"})
final class BenchWebhookCommand implements Callable<Integer> {

    private static final String HOST = "127.0.0.1";
    private static final String CONNECTION = "64d901a1-2520-4d91-93c8-9df438668ff0";
    private static final byte[] ANSWER = "{\"detail\":\"received; the job is read from Airbyte\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Spec
    CommandSpec spec;

    @Option(names = "--duration", defaultValue = "30s", paramLabel = "TIME", converter = BenchHttpDuration.class,
            description = "How long wrk loads each target, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
    Duration duration;

    // The service's rate climbs for about 40 s of load on two busy cores (its path is many times the
    // bare route's code to compile); with less, the first round measures the JIT, not the route.
    @Option(names = "--warmup", defaultValue = "40s", paramLabel = "TIME", converter = BenchHttpDuration.class,
            description = "Load each target gets untimed first, for the JIT; 0s for none (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Timed runs of each target, alternating, so load from others on a shared machine falls on "
                    + "both alike; the median of the rounds' ratios is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--connections", defaultValue = "32", paramLabel = "N", description = "wrk's open connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Override
    public Integer call() throws IOException {
        if (duration.isZero() || connections < 2 || rounds < 1) {
            throw new ConfigurationException("--duration must be positive, --rounds at least 1 and --connections at least 2 "
                    + "(one a wrk thread)");
        }
        HttpLoad wrk = HttpLoad.fromPath().orElseThrow(() ->
                new ConfigurationException("wrk is not on the PATH; install it: apt-get install wrk"));
        Settings parent = ((BenchCommand) spec.root().userObject()).settings();
        Path data = Files.createTempDirectory("adtelligent-bench-webhook-");
        Path script = data.resolve("webhook.lua");
        try (InputStream in = BenchWebhookCommand.class.getResourceAsStream("/net/adtelligent/bench/webhook.lua")) {
            Files.write(script, in.readAllBytes());
        }
        String secret = HexFormat.of().formatHex(randomBytes());
        // Always a scratch embedded database on loopback, whatever the parent settings name.
        Settings settings = parent.scratchDemo(data, HOST, UUID.randomUUID() + "-Bench")
                .withMaxRequestsPerAddress(Math.max(parent.httpClients().maxRequestsPerAddress(), connections))
                .withAirbyteWebhook(WebhookSettings.secrets(List.of(secret)));
        SignalCount signals = new SignalCount(CONNECTION);
        Progress progress = new Progress(spec.commandLine().getErr());
        try {
            progress.step("starting the service");
            try (StandaloneService service = StandaloneService.start(settings, core -> core.syncSignals(signals), core -> { });
                    StaticBodyServer baseline = StaticBodyServer.start(HOST, ANSWER, "application/json")) {
                String serviceUrl = "http://" + HOST + ":" + service.httpPort() + "/api/airbyte/webhook/" + secret + "/";
                String baselineUrl = "http://" + HOST + ":" + baseline.port() + StaticBodyServer.PATH;
                return run(wrk, script, serviceUrl, baselineUrl, signals, progress);
            }
        } finally {
            progress.done();
            delete(data);
        }
    }

    private int run(HttpLoad wrk, Path script, String serviceUrl, String baselineUrl, SignalCount signals, Progress progress) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        out.println("service: this JVM, embedded PostgreSQL in a temporary folder; POST /api/airbyte/webhook/{secret}/ "
                + "with Airbyte's notification (~420 bytes), each job twice; every first delivery a row in "
                + "webhook_deliveries and a signal, every repeat neither");
        out.println("baseline: Javalin in this JVM, one POST route reading the body and answering the same 202 body, nothing else");
        out.printf("load: wrk -t2 -c%d -d%ds --latency -s webhook.lua, the same bodies to both, %d rounds alternating; "
                + "%ds of each untimed first%n", connections, duration.toSeconds(), rounds, warmup.toSeconds());
        new BenchReport(out, 1).machine();
        out.println();
        if (!warmup.isZero()) {
            progress.step("warm-up: webhook");
            wrk.runScript(serviceUrl, script, connections, warmup, "1", CONNECTION);
            progress.step("warm-up: bare POST route");
            wrk.runScript(baselineUrl, script, connections, warmup, "1", CONNECTION);
        }
        BenchHttpReport report = new BenchHttpReport(out);
        report.header();
        List<Double> ratios = new ArrayList<>();
        boolean clean = true;
        boolean once = true;
        boolean halves = true;
        for (int round = 1; round <= rounds; round++) {
            long before = signals.signalled();
            progress.step("round " + round + ": webhook, " + duration.toSeconds() + " s");
            HttpLoad.Result measured = wrk.runScript(serviceUrl, script, connections, duration, String.valueOf(1 + round),
                    CONNECTION);
            // Deliveries are recorded and signalled just after their 202: let the last batch finish.
            long signalled = signals.settled() - before;
            progress.step("round " + round + ": bare POST route, " + duration.toSeconds() + " s");
            HttpLoad.Result bare = wrk.runScript(baselineUrl, script, connections, duration, String.valueOf(1 + round),
                    CONNECTION);
            progress.done();
            report.target("round " + round + ": Airbyte webhook", measured);
            report.target("round " + round + ": POST route (bare)", bare);
            ratios.add(measured.requestsPerSecond() / bare.requestsPerSecond());
            clean &= measured.clean() && bare.clean();
            once &= signals.eachJobOnce();
            // Each job is sent twice in a row by one wrk thread; the run may end between the two, and
            // wrk counts no answer still on its way (up to one per connection), though the service took it.
            boolean half = Math.abs(measured.requests() - 2 * signalled) <= 2L * connections;
            halves &= half;
            out.printf(Locale.ROOT, "round %d: %.1f%% of the bare route; %,d jobs signalled for %,d deliveries%n", round,
                    ratios.get(ratios.size() - 1) * 100, signalled, measured.requests());
        }
        Collections.sort(ratios);
        // Of an even count, the mean of the middle two: the upper one alone would favour the goal.
        int middle = ratios.size() / 2;
        double median = ratios.size() % 2 == 1 ? ratios.get(middle) : (ratios.get(middle - 1) + ratios.get(middle)) / 2;
        out.println();
        if (!clean) {
            out.println("ERRORS during the load: the rates above are not those of the routes' answers");
        }
        out.printf(Locale.ROOT, "webhook ran at %.1f%% of the bare route's throughput (median of %d rounds' ratios); "
                + "goal >= 50%%: %s%n", median * 100, rounds, median >= 0.5 ? "met" : "NOT met");
        out.printf("every job signalled once, none twice: %s; about half the deliveries repeats, passed on no more: %s%n",
                once ? "yes" : "NO", halves ? "yes" : "NO");
        out.flush();
        return clean && once && halves ? 0 : 1;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
