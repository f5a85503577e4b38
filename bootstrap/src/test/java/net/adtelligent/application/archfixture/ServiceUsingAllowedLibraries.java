package net.adtelligent.application.archfixture;

import io.vavr.control.Either;
import net.adtelligent.domain.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fine: everything the ports rule allows, so the rule is shown not to be stricter than docs/architecture.md says. */
public final class ServiceUsingAllowedLibraries {

    private static final Logger log = LoggerFactory.getLogger(ServiceUsingAllowedLibraries.class);

    Either<String, TenantId> find(TenantId id) {
        log.debug("finding {}", id);
        return Either.right(id);
    }
}
