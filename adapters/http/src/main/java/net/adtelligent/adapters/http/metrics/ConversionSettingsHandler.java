package net.adtelligent.adapters.http.metrics;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ConversionChoices.Choice;
import net.adtelligent.ports.in.ConversionChoices;

/**
 * /api/tenants/{slug}/settings/conversions/…: which conversion actions count for a tenant, per
 * setting of the data contracts; change one, or put it back to the contract's defaults.
 */
public final class ConversionSettingsHandler {

    record ChoiceJson(String setting, String platform, String description, List<String> values, List<String> defaults,
                      boolean isDefault) {
        static ChoiceJson of(Choice choice) {
            return new ChoiceJson(choice.setting(), choice.platform().name(), choice.description(), choice.values(),
                    choice.defaults(), choice.isDefault());
        }
    }

    private static final Set<String> FIXED = Set.of("setting", "platform", "description", "defaults", "is_default");

    private final TenantScope scope;
    private final ConversionChoices choices;
    private final JsonBody body;

    public ConversionSettingsHandler(TenantScope scope, ConversionChoices choices, JsonBody body) {
        this.scope = scope;
        this.choices = choices;
        this.body = body;
    }

    public void list(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        List<Choice> found = choices.list(actor, slug).getOrElseThrow(ProblemException::of);
        // One page: the settings are the data contracts', a handful, not a tenant's growing data.
        Json.write(ctx, 200, new PageJson<>(found.stream().map(ChoiceJson::of).toList(), null));
    }

    public void change(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(Set.of("values"), FIXED);
        List<String> values = fields.requiredTexts("values");
        fields.throwIfInvalid();
        Choice changed = choices.change(actor, slug, ctx.pathParam("setting"), values).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, ChoiceJson.of(changed));
    }

    public void reset(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        Choice reset = choices.reset(actor, slug, ctx.pathParam("setting")).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, ChoiceJson.of(reset));
    }
}
