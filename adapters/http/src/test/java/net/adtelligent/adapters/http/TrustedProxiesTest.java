package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.7 ,fd00::/8,, ");

    @Test
    void parse_givenAddressesAndBlocksOfBothFamilies_keepsEach() {
        assertThat(proxies.blocks()).hasSize(3);
        assertThat(proxies).hasToString("[10.0.0.0/8, 192.0.2.7/32, fd00:0:0:0:0:0:0:0/8]");
        assertThat(TrustedProxies.parse("")).isEqualTo(TrustedProxies.NONE);
    }

    @Test
    void parse_givenSomethingElse_namesTheEntry() {
        for (String wrong : List.of("10.0.0.0/33", "fd00::/129", "10.0.0.256", "proxy.internal", "10.0.0.1/x", "010.0.0.1",
                "::g", "10.0.0.0/-1", ".:1")) {
            assertThatThrownBy(() -> TrustedProxies.parse("192.0.2.7, " + wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'" + wrong + "' is not an IP address");
        }
    }

    @Test
    void client_givenAnUntrustedPeer_isThePeerWhateverTheHeaderSays() {
        assertThat(proxies.client("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(TrustedProxies.NONE.client("10.0.0.1", List.of("198.51.100.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void client_givenAChainOfTrustedHops_isTheRightMostUntrustedOne() {
        assertThat(proxies.client("10.1.2.3", List.of("198.51.100.1, 203.0.113.5, 192.0.2.7"))).isEqualTo("203.0.113.5");
        assertThat(proxies.client("fd00::1", List.of("2001:db8::5", "fd12::9"))).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(proxies.client("10.1.2.3", List.of("::ffff:203.0.113.5"))).isEqualTo("203.0.113.5");
    }

    @Test
    void client_givenOnlyTrustedHopsOrNoHeader_isTheLeftMostTrustedHop() {
        assertThat(proxies.client("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", List.of("192.0.2.7"))).isEqualTo("192.0.2.7");
    }

    @Test
    void client_givenAMalformedHop_stopsThereAndNeverReadsFurtherLeft() {
        assertThat(proxies.client("10.1.2.3", List.of("198.51.100.1, unknown"))).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", List.of("198.51.100.1, 1.2.3.4:80, 10.9.9.9"))).isEqualTo("10.9.9.9");
        assertThat(proxies.client("10.1.2.3", List.of(",,"))).isEqualTo("10.1.2.3");
    }

    @Test
    void client_givenMoreHopsThanAnySetupHas_looksAtTheLastTwentyOnly() {
        String trustedHops = String.join(", ", java.util.Collections.nCopies(25, "10.0.0.1"));

        assertThat(proxies.client("10.1.2.3", List.of("198.51.100.1, " + trustedHops))).isEqualTo("10.0.0.1");
    }
}
