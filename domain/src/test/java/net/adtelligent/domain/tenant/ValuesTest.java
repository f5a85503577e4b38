package net.adtelligent.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "acme-media", "a1b", "x2024", "a23456789012345678901234567890123456789012345678901234567890123"})
    void slug_givenWellFormedText_isAccepted(String text) {
        assertThat(Slug.parse("slug", text).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-acme", "acme-", "Acme", "ac me", "acme_media", "akmé",
        "a234567890123456789012345678901234567890123456789012345678901234"})
    void slug_givenMalformedText_isRefusedWithReason(String text) {
        var result = Slug.parse("slug", text);

        assertThat(result.getError().field()).isEqualTo("slug");
        assertThat(result.getError().reason()).isNotBlank();
        assertThatThrownBy(() -> new Slug(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "ABC", "EURO"})
    void currency_givenNonIsoCode_isRefused(String code) {
        assertThat(ReportingSettings.currency("reporting_currency", code).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata"})
    void timeZone_givenIanaId_isAccepted(String id) {
        assertThat(ReportingSettings.timeZone("reporting_time_zone", id).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "GMT+1", "Mars/Olympus", "berlin"})
    void timeZone_givenOffsetOrUnknownId_isRefused(String id) {
        assertThat(ReportingSettings.timeZone("reporting_time_zone", id).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x09, 0x00, 0x1b})
    void displayName_givenControlCharacter_isRefused(int control) {
        assertThat(DisplayName.parse("display_name", "Acme" + (char) control + "Media").isInvalid()).isTrue();
    }

    @Test
    void displayName_givenMoreThanHundredCharacters_isRefused() {
        assertThat(DisplayName.parse("display_name", "x".repeat(101)).isInvalid()).isTrue();
        assertThat(DisplayName.parse("display_name", "x".repeat(100)).isValid()).isTrue();
    }

    @Test
    void displayName_givenUnicode_isKeptAsTyped() {
        assertThat(DisplayName.parse("display_name", "Café Müller 東京").get().value()).isEqualTo("Café Müller 東京");
    }
}
