package net.adtelligent.bootstrap.cli;

import java.util.List;
import java.util.function.Consumer;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionRejection;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.IngestFacts;

/** The tenant rows are normalised for and stored into, with its choice of conversion actions applied first. */
final class FactIngest {

    private static final Actor OPERATOR = Actor.system("adtelligent contracts normalize --ingest");

    private final Adtelligent core;
    private final Slug slug;
    private final TenantId tenantId;

    private FactIngest(Adtelligent core, Slug slug, TenantId tenantId) {
        this.core = core;
        this.slug = slug;
        this.tenantId = tenantId;
    }

    static FactIngest open(Adtelligent core, String typed, NormaliseContext values) {
        // Text that cannot be a slug names no tenant: refused as an unknown one is.
        Slug slug = Slug.parse("slug", typed).toOption()
                .getOrElseThrow(() -> new RefusedException("--tenant", new AccessRejection.NotFound(typed)));
        TenantId tenant = core.accessControl().access(OPERATOR, slug, Permission.UPLOAD_DATA)
                .getOrElseThrow(rejection -> new RefusedException("--tenant", rejection))
                .tenant().id();
        core.conversionChoices().list(OPERATOR, slug)
                .getOrElseThrow(rejection -> new RefusedException("--tenant", rejection))
                .forEach(choice -> values.setting(choice.setting(), choice.values()));
        return new FactIngest(core, slug, tenant);
    }

    /**
     * The connection the rows come through must be one the tenant has, live, of the stream's
     * platform: rows under an unknown id would name a connection no one can list or delete.
     */
    void requireConnection(ConnectionId id, String platform) {
        Connections.View connection = core.connections().get(OPERATOR, slug, id)
                .getOrElseThrow(rejection -> new RefusedException("--connection " + id + " (create one with"
                        + " `adtelligent connections create --tenant " + slug.value() + " --platform " + platform
                        + " ...`; `adtelligent connections list --tenant " + slug.value() + "` shows them)", rejection));
        if (connection.status() == ConnectionStatus.DELETED) {
            throw new RefusedException("--connection " + id, new ConnectionRejection.Deleted(id.toString()));
        }
        if (!connection.platform().name().equals(platform)) {
            throw new RefusedException("--connection " + id, new ConnectionRejection.Invalid(List.of(new FieldViolation(
                    "--connection", "is a " + connection.platform() + " connection; these rows are " + platform))));
        }
    }

    TenantId tenantId() {
        return tenantId;
    }

    /**
     * Stores every fact {@code produce} hands to its sink, in chunks as they come, so a large file
     * never sits in memory whole; all in one unit of work, so a failure midway stores nothing and
     * running the command again starts from a clean slate. Answers how many rows were stored.
     */
    long ingest(Consumer<Consumer<DailyFact<?>>> produce) {
        IngestFacts.Summary summary = core.ingestFacts().ingestAll(OPERATOR, slug, produce::accept)
                .getOrElseThrow(rejection -> new RefusedException("nothing stored", rejection));
        return summary.total();
    }
}
