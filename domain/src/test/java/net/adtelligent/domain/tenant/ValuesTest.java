package net.adtelligent.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
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

    @Test
    void slug_givenRandomText_agreesWithTheDocumentedPattern() {
        Pattern documented = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
        // Mostly slug characters, so long well-formed candidates come up too.
        String alphabet = "abyz0189-abyz0189-abyz0189-_A é.";
        Random random = new Random(20261126);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(67);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            assertThat(Slug.parse("slug", candidate).isValid()).as(candidate).isEqualTo(documented.matcher(candidate).matches());
        }
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
