package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import net.adtelligent.adapters.http.ConsoleStatusDrive.ConsoleSession;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's files at /, its cookie session with CSRF protection, and the caller's own membership. */
class ConsoleRouteTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE);

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        api.register("acme");
        api.register("other");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void pages_areServedFromTheJar_withoutInlineScriptAndUnderTheStrictPolicy() {
        for (String path : List.of("/", "/api/docs/")) {
            HttpResponse<String> page = api.anonymous().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(TestApi.contentType(page)).as(path).startsWith("text/html");
            assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as(path + " has inline script").isFalse();
            assertThat(INLINE_HANDLER.matcher(page.body()).find()).as(path + " has inline handlers or styles").isFalse();
            String policy = TestApi.header(page, "Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(TestApi.header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(TestApi.header(page, "Referrer-Policy")).isEqualTo("no-referrer");
        }
        assertThat(api.anonymous().get("/js/main.js").statusCode()).isEqualTo(200);
        assertThat(TestApi.contentType(api.anonymous().get("/js/main.js"))).contains("javascript");
        assertThat(api.anonymous().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").statusCode()).isEqualTo(200);
        assertThat(api.anonymous().get("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(api.anonymous().get("/no-such-file.js").statusCode()).isEqualTo(404);
    }

    /**
     * The budget of docs/benchmarks.md: the console's own files and the chart library it loads,
     * each gzipped as a server or proxy would send it, under 150 KB.
     */
    @Test
    void consoleScriptsAndStyles_gzipped_stayUnder150KB() throws IOException {
        long total = 0;
        List<Path> files;
        try (var walk = Files.walk(Path.of("src/main/resources/net/adtelligent/console"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(path -> path.getFileName().toString()).contains("main.js", "console.css", "dashboard.js");
        for (Path file : files) {
            total += gzipped(Files.readAllBytes(file));
        }
        for (String library : List.of("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/webjars/uplot/1.6.30/dist/uPlot.min.css")) {
            total += gzipped(api.anonymous().get(library).body().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(total).as("gzipped bytes").isLessThan(150 * 1_024);
    }

    private static int gzipped(byte[] content) throws IOException {
        var buffer = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(buffer)) {
            gzip.write(content);
        }
        return buffer.size();
    }

    @Test
    void signIn_setsHttpOnlyStrictCookiesForTheSessionPathOnly_andNoRefreshTokenInTheBody() {
        HttpResponse<String> signedIn = signIn();
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String session = setCookie(signedIn, "adt_console_session");
        assertThat(session).contains("HttpOnly", "SameSite=Strict", "Path=/api/console/session/").doesNotContain("Secure");
        String csrf = setCookie(signedIn, "adt_console_csrf");
        assertThat(csrf).contains("SameSite=Strict", "Path=/").doesNotContain("HttpOnly");
        assertThat(TestApi.json(signedIn).has("refresh")).isFalse();
        assertThat(TestApi.json(signedIn).path("csrf_token").asText()).isEqualTo(ConsoleSession.of(signedIn).csrf());
        // The access token is an ordinary bearer token.
        String access = TestApi.json(signedIn).path("access").asText();
        assertThat(api.withToken(access).get("/api/tenants/acme/").statusCode()).isEqualTo(200);
    }

    @Test
    void signIn_onAPublicHostName_marksBothCookiesSecure() throws IOException {
        String body = ConsoleStatusDrive.credentials(api.me.email(), TestApi.PASSWORD);
        String answer = rawPost("console.example.com", ConsoleStatusDrive.SESSION, body);
        assertThat(answer).startsWith("HTTP/1.1 200");
        List<String> cookies = answer.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11)).toList();
        assertThat(cookies).hasSize(2).allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
    }

    @Test
    void refresh_withoutTheCsrfHeader_isRefused_withIt_rotatesTheSession_andAReusedCookieEndsIt() {
        ConsoleSession first = ConsoleSession.of(signIn());
        ConsoleStatusDrive drive = new ConsoleStatusDrive(api, new java.util.ArrayList<>());
        assertThat(drive.refresh(first, "").statusCode()).isEqualTo(403);
        assertThat(drive.refresh(first, ConsoleSession.of(signIn()).csrf()).statusCode()).as("another session's token").isEqualTo(403);

        HttpResponse<String> refreshed = drive.refresh(first, first.csrf());
        assertThat(refreshed.statusCode()).isEqualTo(200);
        ConsoleSession second = ConsoleSession.of(refreshed);
        assertThat(second.refreshCookie()).isNotEqualTo(first.refreshCookie());
        assertThat(second.csrf()).isNotEqualTo(first.csrf());

        api.clock.advance(RefreshToken.REUSE_GRACE); // moments later it would be a reload racing itself
        assertThat(drive.refresh(first, first.csrf()).statusCode()).as("the used cookie again").isEqualTo(401);
        assertThat(drive.refresh(second, second.csrf()).statusCode()).as("the whole session is revoked").isEqualTo(401);
    }

    @Test
    void sessionRoutes_givenAnotherSitesOrigin_areRefused_andTheirOwnOriginPasses() {
        String body = ConsoleStatusDrive.credentials(api.me.email(), TestApi.PASSWORD);
        HttpResponse<String> foreign = api.anonymous().send(api.anonymous().request(ConsoleStatusDrive.SESSION)
                .header("Content-Type", "application/json").header("Origin", "https://attacker.example")
                .POST(BodyPublishers.ofString(body)));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> own = api.anonymous().send(api.anonymous().request(ConsoleStatusDrive.SESSION)
                .header("Content-Type", "application/json").header("Origin", "http://127.0.0.1:" + api.port())
                .POST(BodyPublishers.ofString(body)));
        assertThat(own.statusCode()).isEqualTo(200);
    }

    @Test
    void signOut_revokesTheSession_andClearsBothCookies() {
        ConsoleSession session = ConsoleSession.of(signIn());
        HttpResponse<String> out = api.anonymous().send(api.anonymous().request(ConsoleStatusDrive.SESSION)
                .header("Cookie", "adt_console_session=" + session.refreshCookie())
                .header("X-CSRF-Token", session.csrf()).DELETE());
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(setCookie(out, "adt_console_session")).contains("Max-Age=0");
        assertThat(setCookie(out, "adt_console_csrf")).contains("Max-Age=0");
        assertThat(new ConsoleStatusDrive(api, new java.util.ArrayList<>()).refresh(session, session.csrf()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void membership_givesTheCallersOwnRoleAndPermissions_andNothingOfAnotherTenant() {
        TestApi viewer = api.as(api.signUp("console.viewer@example.com"));
        api.addMember("acme", viewer.me, Role.VIEWER);
        HttpResponse<String> mine = viewer.get("/api/tenants/acme/membership/");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(TestApi.json(mine).path("role").asText()).isEqualTo("viewer");
        assertThat(TestApi.json(mine).path("permissions").toString()).isEqualTo("[\"view_tenant\",\"view_metrics\"]");
        assertThat(TestApi.json(api.get("/api/tenants/acme/membership/")).path("role").asText()).isEqualTo("owner");
        assertThat(viewer.get("/api/tenants/other/membership/").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> signIn() {
        return api.anonymous().post(ConsoleStatusDrive.SESSION, ConsoleStatusDrive.credentials(api.me.email(), TestApi.PASSWORD));
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    /** java.net.http will not send a Host header of our choosing: a plain socket will. */
    private static String rawPost(String host, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
