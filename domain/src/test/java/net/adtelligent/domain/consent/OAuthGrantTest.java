package net.adtelligent.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.connection.PlainCredentials;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class OAuthGrantTest {

    private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");
    private static final UserId ADA = new UserId(UUID.randomUUID());
    private static final SealedSecret SEALED = new SealedSecret("AES-256-GCM", "k", 1, new byte[] {1}, new byte[] {2},
            new byte[] {3});
    private final OAuthGrant started = OAuthGrant.start(GrantId.random(), new TenantId(UUID.randomUUID()), ADA,
            Platform.META_ADS, "a".repeat(64), Option.none(), NOW);

    @Test
    void callBack_givenTheStateWithinItsLife_isSpentOnce() {
        OAuthGrant spent = started.callBack(Platform.META_ADS, Option.none(), NOW.plusSeconds(60)).get();

        assertThat(spent.stage()).isEqualTo(GrantStage.CALLED_BACK);
        assertThat(spent.callBack(Platform.META_ADS, Option.none(), NOW.plusSeconds(61)).getLeft().detail())
                .contains("used already");
    }

    @Test
    void callBack_givenAnExpiredStateAnotherUserOrAnotherPlatform_isRefused() {
        assertThat(started.callBack(Platform.META_ADS, Option.none(), NOW.plus(OAuthGrant.STATE_LIFE)).getLeft().detail())
                .contains("run out");
        assertThat(started.callBack(Platform.META_ADS, Option.of(new UserId(UUID.randomUUID())), NOW).getLeft().detail())
                .contains("another user");
        assertThat(started.callBack(Platform.GOOGLE_ADS, Option.none(), NOW).getLeft().detail())
                .contains("another platform");
        assertThat(started.callBack(Platform.META_ADS, Option.of(ADA), NOW).isRight()).isTrue();
    }

    @Test
    void pick_givenTheGrantsUserAnOfferedAccountInTime_answersItAndRefusesEveryOtherCase() {
        OAuthGrant granted = started.callBack(Platform.META_ADS, Option.none(), NOW).get().granted(SEALED,
                Map.of("access_token", "0123456789ab"), List.of("ads_read"),
                List.of(new PlatformAccount("1", "One"), new PlatformAccount("2", "Two")), Option.none(), NOW);

        assertThat(granted.pick(ADA, "2", NOW.plusSeconds(60)).get()).isEqualTo(new PlatformAccount("2", "Two"));
        assertThat(granted.pick(new UserId(UUID.randomUUID()), "2", NOW).getLeft())
                .isInstanceOf(ConsentRejection.GrantNotFound.class);
        assertThat(granted.pick(ADA, "3", NOW).getLeft()).isInstanceOf(ConsentRejection.UnknownAccount.class);
        assertThat(granted.pick(ADA, "2", NOW.plus(OAuthGrant.PICK_LIFE)).getLeft())
                .isInstanceOf(ConsentRejection.GrantEnded.class);
        assertThat(granted.done().pick(ADA, "2", NOW).getLeft()).isInstanceOf(ConsentRejection.GrantEnded.class);
        assertThat(granted.missing(List.of("ads_read", "business_management"))).containsExactly("business_management");
    }

    @Test
    void fieldsOf_givenSealedJson_readsBackEveryFieldWithEscapes() {
        Map<String, String> fields = Map.of("refresh_token", "a\"b\\c\u0001", "client_id", "x y");
        byte[] json = ("{\"client_id\":\"x y\",\"refresh_token\":\"a\\\"b\\\\c\\u0001\"}").getBytes();

        assertThat(PlainCredentials.fieldsOf(json)).isEqualTo(fields);
        assertThat(PlainCredentials.fieldsOf("{}".getBytes())).isEmpty();
    }
}
