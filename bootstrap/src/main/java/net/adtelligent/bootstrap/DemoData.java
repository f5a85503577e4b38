package net.adtelligent.bootstrap;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.demo.DemoConnections;
import net.adtelligent.bootstrap.demo.DemoSyncs;
import net.adtelligent.bootstrap.demo.DemoFacts;
import net.adtelligent.contracts.csv.FxRateFile;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ReadAdPerformance.Period;

/**
 * The demo tenant a newcomer explores: its owner, created once and found again on every later
 * start, and a year of generated facts up to yesterday with their
 * snapshot, brought up to date by the first start of each day.
 */
public final class DemoData {

    public static final String SLUG = "demo";
    public static final String EMAIL = "demo@adtelligent.local";

    private static final Actor DEMO = Actor.system("serve --demo");

    private DemoData() {
    }

    /** What the demo has; the password only when it was just created from a generated one. */
    public record Demo(Tenant tenant, User owner, Option<String> generatedPassword) {
    }

    public static Demo ensure(Adtelligent core, Optional<String> configuredPassword) {
        return ensure(core, configuredPassword, Clock.systemUTC());
    }

    /** {@code clock}: the core's, so the demo's last day is the snapshot's yesterday. */
    public static Demo ensure(Adtelligent core, Optional<String> configuredPassword, Clock clock) {
        importSampleRates(core);
        Tenant tenant = core.tenantDirectory().bySlug(SLUG).getOrElse(() -> core.registerTenant()
                .register(DEMO, new TenantDraft(SLUG, "Demo Agency", "EUR", "Europe/Berlin"))
                // Another instance may have created it a moment ago: then read that one.
                .getOrElse(() -> core.tenantDirectory().bySlug(SLUG)
                        .getOrElseThrow(() -> new IllegalStateException("the demo tenant could not be created"))));
        Map<Platform, ConnectionId> connections = DemoConnections.ensure(core, tenant, clock);
        // Before the year's facts, so their snapshot shows each connection's last successful sync.
        core.syncHistory().record(tenant.id(), DemoSyncs.year(tenant.id(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1), connections));
        fillYear(core, tenant, clock, connections);
        Option<User> existing = core.manageUsers().byEmail(EMAIL);
        if (existing.isDefined()) {
            return new Demo(tenant, existing.get(), Option.none());
        }
        String password = configuredPassword.orElseGet(DemoData::generatePassword);
        User owner = core.manageUsers().createUser(DEMO, EMAIL, password).getOrElseThrow(rejection ->
                new RefusedException("ADT_DEMO_PASSWORD is refused", rejection));
        core.manageUsers().addMember(DEMO, SLUG, owner, Role.OWNER);
        return new Demo(tenant, owner, configuredPassword.isEmpty() ? Option.of(password) : Option.none());
    }

    /**
     * Stores the generated year and its snapshot when yesterday has no facts yet: on the first
     * start, and on the first start of each later day (whose year replaces the stored rows and adds
     * the new day). A restart the same day only reads one day, so it costs nothing; storing the
     * same year again would change nothing either, but takes a second on the database.
     */
    private static void fillYear(Adtelligent core, Tenant tenant, Clock clock, Map<Platform, ConnectionId> connections) {
        ZoneId zone = tenant.reportingTimeZone();
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        boolean stored = core.readAdPerformance().read(DEMO, tenant.slug(), Period.of(yesterday, yesterday), row -> { })
                .map(summary -> summary.rows() > 0)
                .getOrElseThrow(rejection -> new IllegalStateException("demo facts unreadable: " + RejectionText.of(rejection)));
        if (!stored) {
            core.ingestFacts().ingest(DEMO, tenant.slug(), new DemoFacts(DemoFacts.SEED, connections::get).year(tenant.id(), yesterday, zone).all())
                    .getOrElseThrow(rejection -> new IllegalStateException("demo facts refused: " + RejectionText.of(rejection)));
        }
        // Also when a start stopped between the facts and their snapshot.
        if (!stored || core.snapshots().latest(DEMO, tenant.slug()).isLeft()) {
            core.scheduledSnapshots().generate(tenant.id());
        }
    }

    /**
     * Generated rates (EUR against USD, GBP and CHF on business days of 2024 to 2030, source
     * "demo-sample"), not market data: enough for the demo's spend in two currencies to convert.
     * Stored again on every start, which changes nothing.
     */
    private static void importSampleRates(Adtelligent core) {
        List<FxRate> rates = new ArrayList<>();
        try (InputStream in = DemoData.class.getResourceAsStream("demo/fx-rates.csv")) {
            List<RowProblem> problems = FxRateFile.read(Objects.requireNonNull(in, "demo/fx-rates.csv"), rates::add);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the demo's sample rates are broken: " + problems.get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        core.importFxRates().importRates(DEMO, rates)
                .getOrElseThrow(rejection -> new IllegalStateException("demo rates refused: " + RejectionText.of(rejection)));
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
