package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.ports.in.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone service (real HTTP, embedded PostgreSQL): one refresh token sent several times at
 * once, as two tabs or a reload racing the page before it do. Each request gets a token of its own,
 * none revokes the session, and every token handed out refreshes again.
 */
class RefreshRaceOverHttpTest {

    private static final int AT_ONCE = 4;
    private static final int ROUNDS = 5;
    private static final Pattern REFRESH = Pattern.compile("\"refresh\":\"([^\"]+)\"");

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void refresh_givenTheSameTokenSeveralTimesAtOnce_answersEachWithATokenOfItsOwn_andTheSessionLives() throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0"));
        try (StandaloneService service = StandaloneService.start(settings)) {
            Adtelligent core = service.core();
            core.manageUsers().createUser(Actor.system("test"), "ann@example.com", StandaloneServiceTest.PASSWORD).get();
            String token = core.authentication().logIn("ann@example.com", StandaloneServiceTest.PASSWORD,
                    ClientInfo.local("test")).get().refresh();
            for (int round = 0; round < ROUNDS; round++) {
                String sent = token;
                List<CompletableFuture<HttpResponse<String>>> racing = IntStream.range(0, AT_ONCE)
                        .mapToObj(i -> refresh(service.httpPort(), sent)).toList();
                List<HttpResponse<String>> answers = racing.stream().map(CompletableFuture::join).toList();

                assertThat(answers).as("round %d", round).allSatisfy(answer -> assertThat(answer.statusCode())
                        .as(answer.body()).isEqualTo(200));
                List<String> handedOut = answers.stream().map(answer -> refreshIn(answer.body())).toList();
                assertThat(handedOut).as("round %d", round).doesNotHaveDuplicates().doesNotContain(sent);
                for (String each : handedOut.subList(1, AT_ONCE)) {
                    assertThat(refresh(service.httpPort(), each).join().statusCode()).as("round %d", round).isEqualTo(200);
                }
                token = handedOut.get(0);
            }
        }
    }

    private CompletableFuture<HttpResponse<String>> refresh(int port, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/token/refresh/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"refresh\": \"" + token + "\"}")).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String refreshIn(String body) {
        Matcher found = REFRESH.matcher(body);
        assertThat(found.find()).as(body).isTrue();
        return found.group(1);
    }
}
