package net.adtelligent.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {

    private final TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anyRequest_givenSaneRequestId_echoesIt() {
        HttpResponse<String> response = api.send(api.request("/api/health/").header("X-Request-ID", "edge-42.a_b"));

        assertThat(response.headers().firstValue("X-Request-ID")).contains("edge-42.a_b");
    }

    @Test
    void anyRequest_givenNoRequestId_answersAGeneratedUuid() {
        HttpResponse<String> first = api.get("/api/health/");
        HttpResponse<String> second = api.get("/api/health/");

        String id = first.headers().firstValue("X-Request-ID").orElseThrow();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(UUID.fromString(id).version()).isEqualTo(4);
        assertThat(UUID.fromString(id).variant()).isEqualTo(2);
        assertThat(second.headers().firstValue("X-Request-ID")).isPresent().isNotEqualTo(java.util.Optional.of(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "semi;colon", "quote\"", "ümlaut"})
    void anyRequest_givenInsaneRequestId_replacesItWithAUuid(String insane) {
        HttpResponse<String> response = api.send(api.request("/api/health/").header("X-Request-ID", insane));

        String id = response.headers().firstValue("X-Request-ID").orElseThrow();
        assertThat(id).isNotEqualTo(insane);
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void anyRequest_givenOverlongRequestId_replacesIt() {
        String overlong = "a".repeat(129);

        HttpResponse<String> response = api.send(api.request("/api/health/").header("X-Request-ID", overlong));

        assertThat(response.headers().firstValue("X-Request-ID")).isPresent().isNotEqualTo(java.util.Optional.of(overlong));
    }

    @Test
    void errorResponses_carryTheRequestIdToo() {
        HttpResponse<String> notFound = api.send(api.request("/nope").header("X-Request-ID", "trace-1"));
        HttpResponse<String> invalid = api.send(api.request("/api/tenants/?limit=0").header("X-Request-ID", "trace-2"));

        assertThat(notFound.headers().firstValue("X-Request-ID")).contains("trace-1");
        assertThat(invalid.headers().firstValue("X-Request-ID")).contains("trace-2");
    }
}
