package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls to the service as a browser and a signed-in client make them; every answer is kept for the secret search. */
record OAuthBrowser(int port, List<String> answers) {

    HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        answers.add(response.body());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(500);
        return response;
    }

    /** Starts a consent; answers the authorization URL. */
    URI start(String tenant, String platform, String token) throws Exception {
        HttpResponse<String> started = send("POST", "/api/tenants/" + tenant + "/connections/oauth/" + platform + "/start/",
                token, null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return URI.create(field(started.body(), "authorization_url"));
    }

    /** The browser back from the platform with a code, and the sign-in it may carry. */
    HttpResponse<String> callBack(String platform, String codeParameter, String code, String state, String token)
            throws Exception {
        return send("GET", "/api/oauth/callback/" + platform + "/?" + codeParameter + "=" + code + "&state=" + state,
                token, null);
    }

    static String query(URI url, String name) {
        Matcher found = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(url.getRawQuery());
        assertThat(found.find()).as(name + " in " + url).isTrue();
        return URLDecoder.decode(found.group(1), StandardCharsets.UTF_8);
    }

    static String field(String json, String name) {
        Matcher found = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(found.find()).as(name + " in " + json).isTrue();
        return found.group(1);
    }
}
