package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who the client is, over a real server on loopback: the trusted proxy is 127.0.0.1, a client that
 * writes X-Forwarded-For itself calls from 127.0.0.2. Seen through the sign-in throttle (two
 * attempts a minute per address) and the audit log's client address.
 */
class TrustedProxiesOverHttpTest {

    private static final String PROXY = "127.0.0.1";
    private static final String SPOOFER = "127.0.0.2";

    private TestApi api;

    private void start(String trusted) {
        api = TestApi.start(settings -> settings.withThrottling(new Throttling(2, 100))
                .withClientLimits(ClientLimits.defaults().withTrustedProxies(TrustedProxies.parse(trusted))));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void logIn_givenATrustedProxyForwardingTwoClients_throttlesEachClientOnItsOwn() throws IOException {
        start(PROXY);
        assertThat(logIn(PROXY, "203.0.113.1")).isEqualTo(401);
        assertThat(logIn(PROXY, "203.0.113.1")).isEqualTo(401);

        assertThat(logIn(PROXY, "203.0.113.1")).isEqualTo(429);
        assertThat(logIn(PROXY, "203.0.113.2")).isEqualTo(401);
    }

    @Test
    void logIn_givenAnUntrustedPeerWritingTheHeader_ignoresItAndThrottlesThePeer() throws IOException {
        start(PROXY);
        assertThat(logIn(SPOOFER, "203.0.113.1")).isEqualTo(401);
        assertThat(logIn(SPOOFER, "203.0.113.2")).isEqualTo(401);

        assertThat(logIn(SPOOFER, "203.0.113.3")).isEqualTo(429);
        // The spoofed addresses never got a count of their own; the proxy's own budget is untouched.
        assertThat(logIn(PROXY, "203.0.113.1")).isEqualTo(401);
    }

    @Test
    void logIn_givenNoTrustedProxies_ignoresTheHeaderEvenFromLoopback() throws IOException {
        start("");
        logIn(PROXY, "203.0.113.1");
        logIn(PROXY, "203.0.113.2");

        assertThat(logIn(PROXY, "203.0.113.3")).isEqualTo(429);
    }

    @Test
    void logIn_givenMalformedEntriesBehindTheProxy_countsThemAgainstTheNearestTrustedHop() throws IOException {
        start(PROXY);
        // What stands left of an entry that is no address is nobody's word: it must not buy a new budget.
        assertThat(logIn(PROXY, "203.0.113.1, not-an-address")).isEqualTo(401);
        assertThat(logIn(PROXY, "203.0.113.2, 999.0.0.1")).isEqualTo(401);
        assertThat(logIn(PROXY, "203.0.113.3, [::1")).isEqualTo(429);
        // An empty header or one full of junk is answered, never a 500.
        assertThat(logIn(PROXY, "")).isEqualTo(429);
        assertThat(logIn(PROXY, ",,, ;;; unknown, _hidden")).isEqualTo(429);
    }

    @Test
    void audit_givenAChainOfTrustedIpv6ProxiesAndASpoofedHopLeftOfTheClient_recordsTheRightMostUntrustedHop()
            throws IOException {
        start(PROXY + ", 2001:db8:1::/48");
        assertThat(api.register("acme").statusCode()).isEqualTo(201);

        int changed = send(PROXY, "PATCH", "/api/tenants/acme/", "Authorization: Bearer " + api.me.access() + "\r\n"
                + "X-Forwarded-For: 192.0.2.66, 2001:db8:2::5\r\nX-Forwarded-For: [2001:db8:1::10]\r\n",
                "{\"display_name\": \"Acme Two\"}");

        assertThat(changed).isEqualTo(200);
        JsonNode events = TestApi.json(api.get("/api/tenants/acme/audit/")).path("items");
        assertThat(events.findValuesAsText("client_address")).contains("2001:db8:2:0:0:0:0:5")
                .doesNotContain("192.0.2.66", "2001:db8:1:0:0:0:0:10");
    }

    private int logIn(String from, String forwardedFor) throws IOException {
        return send(from, "POST", "/api/auth/login/", "X-Forwarded-For: " + forwardedFor + "\r\n",
                "{\"email\": \"nobody@example.com\", \"password\": \"wrong-but-long-enough\"}");
    }

    /** One request from a chosen loopback address; the status code of its answer. */
    private int send(String from, String method, String path, String headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", api.port()));
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        }
    }
}
