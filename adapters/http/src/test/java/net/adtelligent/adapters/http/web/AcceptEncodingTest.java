package net.adtelligent.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "GZIP", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "x-gzip", "*", "deflate, gzip ; q=0.001"})
    void allowsGzip_givenGzipWithAWeight_isTrue(String header) {
        assertThat(AcceptEncoding.allowsGzip(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "identity", "br, zstd", "gzip;q=0", "gzip;q=0.0, identity", "*;q=0", "gzip;q=abc", "gzipped", "gzip;q=0, *"})
    void allowsGzip_givenNoAcceptableGzip_isFalse(String header) {
        assertThat(AcceptEncoding.allowsGzip(header)).isFalse();
    }

    @Test
    void allowsGzip_givenNoHeader_isFalse() {
        assertThat(AcceptEncoding.allowsGzip(null)).isFalse();
    }
}
