package net.adtelligent.application;

import io.vavr.control.Either;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.ImportFxRates;
import net.adtelligent.ports.out.FxRateStore;
import net.adtelligent.ports.out.UnitOfWork;

final class FxRateService implements ImportFxRates {

    private final FxRateStore rates;
    private final UnitOfWork units;
    private final AuditTrail trail;

    FxRateService(FxRateStore rates, UnitOfWork units, AuditTrail trail) {
        this.rates = rates;
        this.units = units;
        this.trail = trail;
    }

    @Override
    public Either<Rejection, Summary> importRates(Actor actor, List<FxRate> imported) {
        if (!actor.isSystem()) {
            return Either.left(new FactRejection.SystemOnly("importing exchange rates"));
        }
        if (imported.isEmpty()) {
            return Either.left(new FactRejection.Invalid(List.of(new FieldViolation("rates", "the import holds no rates"))));
        }
        Summary summary = new Summary(imported.size(),
                imported.stream().map(rate -> rate.base().getCurrencyCode() + "/" + rate.quote().getCurrencyCode()).distinct().count(),
                imported.stream().map(FxRate::date).min(Comparator.naturalOrder()).orElseThrow(),
                imported.stream().map(FxRate::date).max(Comparator.naturalOrder()).orElseThrow());
        return Either.right(units.inSystem(() -> {
            rates.upsert(imported);
            trail.account(actor.user(), actor.client(), AuditAction.FX_RATES_IMPORTED, "fx_rates",
                    summary.first() + ".." + summary.last(),
                    Map.of("rates", Long.toString(summary.rates()), "pairs", Long.toString(summary.pairs())));
            return summary;
        }));
    }
}
