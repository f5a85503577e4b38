package net.adtelligent.bootstrap;

import io.vavr.control.Option;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
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

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
