package net.adtelligent.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import net.adtelligent.adapters.kms.BareGcmOpen;
import net.adtelligent.adapters.kms.CacheLimits;
import net.adtelligent.adapters.kms.CountingKeyService;
import net.adtelligent.adapters.kms.EnvelopeVault;
import net.adtelligent.adapters.kms.OpenBenchSetup;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "secrets",
        mixinStandardHelpOptions = true,
        description = {"Seals one secret of --bytes bytes with the envelope vault on a local keyring in a scratch folder, "
                + "then times, in alternating rounds of one run, opening it through the vault (its data key cached, as "
                + "in steady state) and a bare JDK AES-GCM decrypt of the same bytes with the key already in hand; "
                + "prints both rates and their ratio (goal: the vault at least 50%% of the bare decrypt).",
            "Counts the key-service calls the timed opens made (expected: none)."},
        footer = {"", "Examples:", "  adtelligent-bench secrets", "  adtelligent-bench secrets --opens 500000 --rounds 7 --bytes 2048"})
final class BenchSecretsCommand implements Callable<Integer> {

    private static final double GOAL = 0.5;

    @Spec
    CommandSpec spec;

    @Option(names = "--opens", defaultValue = "200000", paramLabel = "N", description = "Opens of each per round (default: ${DEFAULT-VALUE}).")
    int opens;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "R", description = "Timed rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--bytes", defaultValue = "512", paramLabel = "B", description = "Size of the secret: a platform's credentials are a few hundred bytes (default: ${DEFAULT-VALUE}).")
    int bytes;

    /** A field the opened bytes' lengths are added to, so the JIT cannot drop the work as unused. */
    private long sink;

    @Override
    public Integer call() throws IOException {
        if (opens < 1 || rounds < 1 || bytes < 0) {
            throw new ConfigurationException("--opens and --rounds must be positive, --bytes at least 0");
        }
        Path scratch = Files.createTempDirectory("adtelligent-bench-secrets-");
        try {
            return run(scratch);
        } finally {
            deleteScratch(scratch);
        }
    }

    private int run(Path scratch) {
        PrintWriter out = spec.commandLine().getOut();
        // The default age and count; uses unbounded, so no round pays for a re-unwrap the other never does.
        CacheLimits limits = new CacheLimits(CacheLimits.DEFAULT.maxAge(), Long.MAX_VALUE, CacheLimits.DEFAULT.maxKeys());
        byte[] secret = new byte[bytes];
        Arrays.fill(secret, (byte) 'x');
        OpenBenchSetup setup = OpenBenchSetup.of(scratch, secret, limits);
        EnvelopeVault vault = setup.vault();
        CountingKeyService counted = setup.keyService();
        TenantId tenant = setup.tenant();
        SealedSecret sealed = setup.sealed();
        BareGcmOpen bare = setup.bare();
        if (!Arrays.equals(vault.open(tenant, setup.purpose(), sealed).get(), bare.open())) {
            throw new IllegalStateException("the vault and the bare decrypt disagree");
        }

        out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        out.printf("secret: %,d bytes sealed with AES-256-GCM; vault: EnvelopeVault on a local keyring, data key cached "
                + "(%s); bare: Cipher AES/GCM/NoPadding decrypt with the key in hand%n", sealed.ciphertext().length - 16,
                "max age " + limits.maxAge() + ", " + limits.maxKeys() + " keys");
        new BenchReport(out, opens).machine();
        out.printf("warm-up: %,d opens of each; then %d timed rounds of %,d opens each, alternating which goes first%n%n",
                opens, rounds, opens);
        timeVault(vault, tenant, setup.purpose(), sealed);
        timeBare(bare);
        int callsBefore = counted.calls();

        List<Double> vaultRates = new ArrayList<>();
        List<Double> bareRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        out.printf("%-7s %22s %22s %8s%n", "round", "vault opens/s", "bare decrypts/s", "ratio");
        for (int round = 1; round <= rounds; round++) {
            long vaultNanos;
            long bareNanos;
            if (round % 2 == 1) {
                vaultNanos = timeVault(vault, tenant, setup.purpose(), sealed);
                bareNanos = timeBare(bare);
            } else {
                bareNanos = timeBare(bare);
                vaultNanos = timeVault(vault, tenant, setup.purpose(), sealed);
            }
            double vaultRate = opens * 1e9 / vaultNanos;
            double bareRate = opens * 1e9 / bareNanos;
            vaultRates.add(vaultRate);
            bareRates.add(bareRate);
            ratios.add(vaultRate / bareRate);
            row(out, Integer.toString(round), vaultRate, bareRate, vaultRate / bareRate);
        }
        double ratio = BenchReport.median(ratios);
        row(out, "median", BenchReport.median(vaultRates), BenchReport.median(bareRates), ratio);
        out.printf(Locale.ROOT, "%nopening through the vault runs at %.1f%% of the bare AES-GCM decrypt (median of the rounds' "
                + "ratios); goal >= %.0f%%: %s%n", ratio * 100, GOAL * 100, ratio >= GOAL ? "met" : "NOT met");
        out.printf("key-service calls during the timed opens: %d%n", counted.calls() - callsBefore);
        out.flush();
        return 0;
    }

    private long timeVault(EnvelopeVault vault, TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
        long start = System.nanoTime();
        for (int i = 0; i < opens; i++) {
            byte[] plain = vault.open(tenant, purpose, sealed).get();
            sink += plain.length;
            Arrays.fill(plain, (byte) 0); // as a caller clears what it opened
        }
        return System.nanoTime() - start;
    }

    private long timeBare(BareGcmOpen bare) {
        long start = System.nanoTime();
        for (int i = 0; i < opens; i++) {
            byte[] plain = bare.open();
            sink += plain.length;
            Arrays.fill(plain, (byte) 0);
        }
        return System.nanoTime() - start;
    }

    private static void row(PrintWriter out, String label, double vault, double bare, double ratio) {
        out.printf(Locale.ROOT, "%-7s %,22.0f %,22.0f %7.1f%%%n", label, vault, bare, ratio * 100);
        out.flush();
    }


    private static void deleteScratch(Path scratch) {
        try (var files = Files.walk(scratch)) {
            files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
