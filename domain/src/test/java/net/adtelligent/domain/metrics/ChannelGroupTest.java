package net.adtelligent.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelGroupTest {

    @Test
    void of_givenCommonSourcesAndMedia_groupsThemAsGa4Does() {
        assertThat(ChannelGroup.of("google", "cpc")).isEqualTo(ChannelGroup.PAID_SEARCH);
        assertThat(ChannelGroup.of("bing", "ppc")).isEqualTo(ChannelGroup.PAID_SEARCH);
        assertThat(ChannelGroup.of("facebook", "paid_social")).isEqualTo(ChannelGroup.PAID_SOCIAL);
        assertThat(ChannelGroup.of("criteo", "retargeting")).isEqualTo(ChannelGroup.PAID_OTHER);
        assertThat(ChannelGroup.of("google", "organic")).isEqualTo(ChannelGroup.ORGANIC_SEARCH);
        assertThat(ChannelGroup.of("Instagram", "referral")).isEqualTo(ChannelGroup.ORGANIC_SOCIAL);
        assertThat(ChannelGroup.of("newsletter", "email")).isEqualTo(ChannelGroup.EMAIL);
        assertThat(ChannelGroup.of("blog.example.org", "referral")).isEqualTo(ChannelGroup.REFERRAL);
        assertThat(ChannelGroup.of("(direct)", "(none)")).isEqualTo(ChannelGroup.DIRECT);
        assertThat(ChannelGroup.of(WebDaily.NOT_SET, WebDaily.NOT_SET)).isEqualTo(ChannelGroup.UNASSIGNED);
    }

    @Test
    void paid_givenGa4sPaidMediumPattern_matchesOnlyPaidMedia() {
        assertThat(ChannelGroup.paid("CPC")).isTrue();
        assertThat(ChannelGroup.paid("display-cpm")).isTrue();
        assertThat(ChannelGroup.paid("paidsocial")).isTrue();
        assertThat(ChannelGroup.paid("organic")).isFalse();
        assertThat(ChannelGroup.paid("email")).isFalse();
        assertThat(ChannelGroup.paid("(none)")).isFalse();
    }
}
