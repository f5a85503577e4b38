package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.fact.ConversionSetting;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ConversionChoices.Choice;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.testing.NoCsvFiles;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

class ConversionChoiceServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    private static final Actor SYSTEM = Actor.system("test");
    private static final String META = "meta_ads.conversion_action_types";
    private static final ConversionSetting SETTING = new ConversionSetting(META, Platform.META_ADS,
            "Meta action types counted as conversions", List.of("offsite_conversion.fb_pixel_purchase", "onsite_conversion.lead_grouped"));

    private final TestCore test = new TestCore(Clock.systemUTC(), new NoCsvFiles(), () -> List.of(SETTING),
            Ingestion.DEFAULT_MAX_UPLOAD_BYTES);
    private final User owner = user("owner@example.com");
    private final Actor asOwner = Actor.user(owner.id(), CLIENT);

    ConversionChoiceServiceTest() {
        test.core.registerTenant().register(asOwner, draft("acme"));
    }

    private User user(String email) {
        return test.core.manageUsers().createUser(SYSTEM, email, "correct horse battery staple").get();
    }

    @Test
    void list_givenNoChoice_showsTheDefaults() {
        List<Choice> choices = test.core.conversionChoices().list(asOwner, new Slug("acme")).get();

        assertThat(choices).singleElement().satisfies(choice -> {
            assertThat(choice.values()).isEqualTo(SETTING.defaults());
            assertThat(choice.isDefault()).isTrue();
        });
    }

    @Test
    void change_thenReset_storesTheChoiceAuditsItAndGoesBack() {
        Choice changed = test.core.conversionChoices().change(asOwner, new Slug("acme"), META, List.of("offsite_conversion.fb_pixel_purchase")).get();
        Choice listed = test.core.conversionChoices().list(asOwner, new Slug("acme")).get().get(0);
        Choice reset = test.core.conversionChoices().reset(asOwner, new Slug("acme"), META).get();

        assertThat(changed.values()).containsExactly("offsite_conversion.fb_pixel_purchase");
        assertThat(listed.isDefault()).isFalse();
        assertThat(reset.values()).isEqualTo(SETTING.defaults());
        assertThat(test.audit.actions()).filteredOn(AuditAction.CONVERSION_SETTING_CHANGED::equals).hasSize(2);
    }

    @Test
    void change_givenBadValues_namesTheFieldAndKeepsTheDefaults() {
        for (List<String> bad : List.of(List.<String>of(), List.of(" "), List.of("a", "a"), List.of("a\u0000"))) {
            var outcome = test.core.conversionChoices().change(asOwner, new Slug("acme"), META, bad);
            assertThat(((FactRejection.Invalid) outcome.getLeft()).violations()).extracting(v -> v.field()).containsExactly("values");
        }
        assertThat(test.core.conversionChoices().list(asOwner, new Slug("acme")).get().get(0).isDefault()).isTrue();
    }

    @Test
    void change_givenAnUnknownSetting_isNotFound() {
        assertThat(test.core.conversionChoices().change(asOwner, new Slug("acme"), "meta_ads.nope", List.of("a")).getLeft())
                .isInstanceOf(FactRejection.UnknownSetting.class);
    }

    @Test
    void change_givenAViewerOrAnotherTenant_isRefused() {
        User viewer = user("viewer@example.com");
        test.core.manageUsers().addMember(SYSTEM, "acme", viewer, Role.VIEWER);
        User outsider = user("outsider@example.com");
        test.core.registerTenant().register(Actor.user(outsider.id(), CLIENT), draft("globex"));

        var byViewer = test.core.conversionChoices().change(Actor.user(viewer.id(), CLIENT), new Slug("acme"), META, List.of("a"));
        var byOutsider = test.core.conversionChoices().change(Actor.user(outsider.id(), CLIENT), new Slug("acme"), META, List.of("a"));

        assertThat(byViewer.getLeft()).isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(byOutsider.getLeft()).isInstanceOf(AccessRejection.NotFound.class);
        assertThat(test.core.conversionChoices().list(asOwner, new Slug("acme")).get().get(0).isDefault()).isTrue();
    }
}
