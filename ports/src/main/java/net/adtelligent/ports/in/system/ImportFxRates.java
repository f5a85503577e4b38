package net.adtelligent.ports.in.system;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.ports.in.Actor;

/** Dated exchange rates in: market data shared by every tenant, so only the system (an operator) imports them. */
public interface ImportFxRates {

    /** Stores the rates; one of a day and pair stored already is replaced (a corrected import wins). */
    Either<Rejection, Summary> importRates(Actor actor, List<FxRate> rates);

    record Summary(long rates, long pairs, LocalDate first, LocalDate last) {
    }
}
