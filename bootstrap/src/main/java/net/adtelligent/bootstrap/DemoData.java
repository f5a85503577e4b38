package net.adtelligent.bootstrap;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Base64;
import java.util.Optional;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.contracts.csv.FxRateFile;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.in.Actor;

/** The demo tenant and its owner a newcomer explores; created once, found again on every later start. */
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
        importSampleRates(core);
        Tenant tenant = core.findTenants().bySlug(SLUG).getOrElse(() -> core.registerTenant()
                .register(DEMO, new TenantDraft(SLUG, "Demo Agency", "EUR", "Europe/Berlin"))
                // Another instance may have created it a moment ago: then read that one.
                .getOrElse(() -> core.findTenants().bySlug(SLUG)
                        .getOrElseThrow(() -> new IllegalStateException("the demo tenant could not be created"))));
        Option<User> existing = core.manageUsers().byEmail(EMAIL);
        if (existing.isDefined()) {
            return new Demo(tenant, existing.get(), Option.none());
        }
        String password = configuredPassword.orElseGet(DemoData::generatePassword);
        User owner = core.manageUsers().createUser(EMAIL, password, DEMO).getOrElseThrow(rejection ->
                new ConfigurationException("ADT_DEMO_PASSWORD is refused: " + rejection.detail()));
        core.manageUsers().addMember(SLUG, owner, Role.OWNER, DEMO);
        return new Demo(tenant, owner, configuredPassword.isEmpty() ? Option.of(password) : Option.none());
    }

    /**
     * Generated rates (EUR against USD, GBP and CHF on business days of 2025 and 2026, source
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
                .getOrElseThrow(rejection -> new IllegalStateException("demo rates refused: " + rejection.detail()));
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
