package net.adtelligent.bootstrap.cli;

import java.util.ArrayList;
import java.util.List;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.IngestFacts;

/** The tenant rows are normalised for and stored into, with its choice of conversion actions applied first. */
final class FactIngest {

    static final int CHUNK = 10_000;
    private static final Actor OPERATOR = Actor.system("adtelligent contracts normalize --ingest");

    private final Adtelligent core;
    private final String slug;
    private final TenantId tenantId;
    private final List<DailyFact<?>> pending = new ArrayList<>();
    private long stored;

    private FactIngest(Adtelligent core, String slug, TenantId tenantId) {
        this.core = core;
        this.slug = slug;
        this.tenantId = tenantId;
    }

    static FactIngest open(Adtelligent core, String slug, NormaliseContext values) {
        TenantId tenant = core.accessControl().access(OPERATOR, slug, Permission.UPLOAD_DATA)
                .getOrElseThrow(rejection -> new RefusedException("--tenant", rejection))
                .tenant().id();
        core.conversionChoices().list(OPERATOR, slug)
                .getOrElseThrow(rejection -> new RefusedException("--tenant", rejection))
                .forEach(choice -> values.setting(choice.setting(), choice.values()));
        return new FactIngest(core, slug, tenant);
    }

    TenantId tenantId() {
        return tenantId;
    }

    /**
     * Stores facts in chunks as they come, so a large file never sits in memory whole. A failure
     * midway leaves the earlier chunks stored; running the command again completes the file, as
     * rows replace rows of the same key.
     */
    void add(DailyFact<?> fact) {
        pending.add(fact);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Stores what is pending; answers how many rows were stored in all. */
    long finish() {
        flush();
        return stored;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        IngestFacts.Summary summary = core.ingestFacts().ingest(OPERATOR, slug, pending)
                .getOrElseThrow(rejection -> new RefusedException("stopped after " + stored + " rows", rejection));
        stored += summary.total();
        pending.clear();
    }
}
