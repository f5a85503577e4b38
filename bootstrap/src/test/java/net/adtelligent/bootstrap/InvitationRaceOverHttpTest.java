package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.MemberView;
import net.adtelligent.ports.out.TenantFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone service (real HTTP, embedded PostgreSQL, real password hashing): a second owner
 * accepts an old viewer invitation at the moment they demote the first owner, both as HTTP requests.
 * Whichever commits first, the other must see it, so every round ends with one owner.
 */
class InvitationRaceOverHttpTest {

    private static final int ROUNDS = 12;
    /** The token alone on its line, as the mail offers it for the API (the link may be wrapped). */
    private static final Pattern TOKEN = Pattern.compile("(?m)^([A-Za-z0-9_-]{43})\\r?$");
    private static final Actor OPERATOR = Actor.system("test");

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void acceptInvitation_givenTheInviteeDemotingTheOtherOwnerAtOnce_leavesOneOwnerEveryRound() throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0"));
        try (StandaloneService service = StandaloneService.start(settings)) {
            Adtelligent core = service.core();
            User ann = core.manageUsers().createUser(OPERATOR, "ann@example.com", StandaloneServiceTest.PASSWORD).get();
            for (int round = 0; round < ROUNDS; round++) {
                Slug slug = core.registerTenant().register(Actor.user(ann.id(), ClientInfo.local("test")),
                        TenantFixtures.draft("race-" + round)).get().slug();
                String bobEmail = "bob-" + round + "@example.com";
                User bob = core.manageUsers().createUser(OPERATOR, bobEmail, StandaloneServiceTest.PASSWORD).get();
                core.members().invite(Actor.user(ann.id(), ClientInfo.local("test")), slug, bobEmail, "viewer").get();
                String invitation = tokenMailedTo(bobEmail);
                // An operator makes bob an owner meanwhile; his viewer invitation is still pending.
                core.manageUsers().addMember(OPERATOR, slug.value(), bob, Role.OWNER).get();
                String bobAccess = core.authentication().logIn(bobEmail, StandaloneServiceTest.PASSWORD,
                        ClientInfo.local("test")).get().access();

                CompletableFuture<HttpResponse<String>> accept = send(service.httpPort(), "POST",
                        "/api/auth/invitations/accept/", null,
                        "{\"token\": \"" + invitation + "\", \"password\": \"" + StandaloneServiceTest.PASSWORD + "\"}");
                CompletableFuture<HttpResponse<String>> demote = send(service.httpPort(), "PATCH",
                        "/api/tenants/" + slug.value() + "/members/" + ann.id() + "/", bobAccess, "{\"role\": \"admin\"}");
                List<Integer> statuses = List.of(accept.get().statusCode(), demote.get().statusCode());

                List<Role> roles = core.members().list(OPERATOR, slug).get().stream().map(MemberView::role).toList();
                assertThat(roles).as("roles after round %d (statuses %s)", round, statuses).containsOnlyOnce(Role.OWNER);
                assertThat(statuses).as("round %d", round).containsOnlyOnce(200).containsOnly(200, 403);
            }
        }
    }

    private CompletableFuture<HttpResponse<String>> send(int port, String method, String path, String access, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (access != null) {
            request.header("Authorization", "Bearer " + access);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String tokenMailedTo(String email) throws Exception {
        try (Stream<Path> mails = Files.list(dataDir.resolve("outbox"))) {
            for (Path mail : mails.filter(file -> file.toString().endsWith(".eml")).toList()) {
                String text = Files.readString(mail);
                Matcher token = TOKEN.matcher(text);
                if (text.contains("To: " + email) && token.find()) {
                    return token.group(1);
                }
            }
        }
        throw new AssertionError("no invitation mailed to " + email);
    }
}
