package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.Set;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.FindTenants;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.RegisterTenant;

/** /api/tenants/: register a tenant, list tenants a page at a time. */
final class TenantCollectionHandler {

    private static final Set<String> DRAFT_FIELDS =
            Set.of("slug", "display_name", "reporting_currency", "reporting_time_zone");

    private final RegisterTenant register;
    private final FindTenants find;
    private final JsonBody body;

    TenantCollectionHandler(RegisterTenant register, FindTenants find, JsonBody body) {
        this.register = register;
        this.find = find;
        this.body = body;
    }

    void create(Context ctx) {
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(DRAFT_FIELDS, Set.of());
        TenantDraft draft = new TenantDraft(
                fields.text("slug").getOrNull(),
                fields.text("display_name").getOrNull(),
                fields.text("reporting_currency").getOrNull(),
                fields.text("reporting_time_zone").getOrNull());
        fields.throwIfInvalid();
        Tenant tenant = register.register(draft).getOrElseThrow(ProblemException::of);
        RequestIds.tenant(tenant.id());
        ctx.header("Location", TenantHandler.location(tenant));
        Json.write(ctx, 201, TenantJson.of(tenant));
    }

    void list(Context ctx) {
        PageQuery query = new PageQuery(cursor(ctx), limit(ctx));
        Page<Tenant> page = find.list(query).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new PageJson<>(
                page.items().stream().map(TenantJson::of).toList(),
                page.nextCursor().getOrNull()));
    }

    private static Option<String> cursor(Context ctx) {
        String raw = ctx.queryParam("cursor");
        return raw == null || raw.isEmpty() ? Option.none() : Option.of(raw);
    }

    /** Only the shape is checked here; the range is the use case's rule, and it names "limit" too. */
    private static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return PageQuery.DEFAULT_LIMIT;
        }
        // "?limit=" says a limit and gives none: refused, like any other text that is not a number.
        if (raw.isEmpty() || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProblemException(Problem.invalid("limit",
                    "must be a whole number between 1 and " + PageQuery.MAX_LIMIT));
        }
        return raw.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(raw);
    }
}
