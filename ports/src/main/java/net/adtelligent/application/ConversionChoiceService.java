package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.fact.ConversionSetting;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ConversionChoices;
import net.adtelligent.ports.out.ConversionCatalog;
import net.adtelligent.ports.out.ConversionSettingsStore;
import net.adtelligent.ports.out.UnitOfWork;

final class ConversionChoiceService implements ConversionChoices {

    static final int MAX_VALUES = 100;
    static final int MAX_VALUE_LENGTH = 200;

    private final ConversionCatalog catalog;
    private final ConversionSettingsStore store;
    private final AccessControl access;
    private final UnitOfWork units;
    private final AuditTrail trail;

    ConversionChoiceService(ConversionCatalog catalog, ConversionSettingsStore store, AccessControl access,
                            UnitOfWork units, AuditTrail trail) {
        this.catalog = catalog;
        this.store = store;
        this.access = access;
        this.units = units;
        this.trail = trail;
    }

    @Override
    public Either<Rejection, List<Choice>> list(Actor actor, Slug tenantSlug) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).map(granted -> {
            Map<String, List<String>> chosen = store.of(granted.tenant().id());
            return catalog.settings().stream().map(setting -> choice(setting, chosen.get(setting.name()))).toList();
        });
    }

    @Override
    public Either<Rejection, Choice> change(Actor actor, Slug tenantSlug, String setting, List<String> values) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> known(setting)
                .flatMap(definition -> check(values).map(valid -> {
                    TenantId tenant = granted.tenant().id();
                    return units.inTenant(tenant, () -> {
                        store.put(tenant, setting, valid);
                        trail.tenant(actor, tenant, AuditAction.CONVERSION_SETTING_CHANGED, "conversion_setting", setting,
                                Map.of("values", String.join(",", valid)));
                        return choice(definition, valid);
                    });
                })));
    }

    @Override
    public Either<Rejection, Choice> reset(Actor actor, Slug tenantSlug, String setting) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> known(setting)
                .map(definition -> {
                    TenantId tenant = granted.tenant().id();
                    return units.inTenant(tenant, () -> {
                        store.remove(tenant, setting);
                        trail.tenant(actor, tenant, AuditAction.CONVERSION_SETTING_CHANGED, "conversion_setting", setting,
                                Map.of("values", "(defaults)"));
                        return choice(definition, null);
                    });
                }));
    }

    private Either<Rejection, ConversionSetting> known(String setting) {
        return Option.ofOptional(catalog.settings().stream().filter(known -> known.name().equals(setting)).findFirst())
                .toEither(() -> new FactRejection.UnknownSetting(setting));
    }

    private static Either<Rejection, List<String>> check(List<String> values) {
        String problem = null;
        if (values == null || values.isEmpty() || values.size() > MAX_VALUES) {
            problem = "must hold 1 to " + MAX_VALUES + " names";
        } else if (values.stream().anyMatch(value -> value == null || value.isBlank() || value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH
                || value.codePoints().anyMatch(Character::isISOControl))) {
            problem = "must be names of 1 to " + MAX_VALUE_LENGTH + " characters, without control characters";
        } else if (new HashSet<>(values).size() != values.size()) {
            problem = "must not name one value twice";
        }
        return problem == null ? Either.right(List.copyOf(values))
                : Either.left(new FactRejection.Invalid(List.of(new FieldViolation("values", problem))));
    }

    private static Choice choice(ConversionSetting setting, List<String> chosen) {
        List<String> values = chosen == null ? setting.defaults() : chosen;
        return new Choice(setting.name(), setting.platform(), setting.description(), values, setting.defaults(),
                chosen == null);
    }
}
