package net.adtelligent.adapters.http.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.adtelligent.adapters.http.OpenApi;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.DisplayName;
import net.adtelligent.domain.tenant.ReportingSettings;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import org.junit.jupiter.api.Test;

/**
 * The request schemas must accept exactly what the domain accepts: a generator such as schemathesis
 * sends whatever the schema allows and expects 2xx for it, and 4xx for whatever it forbids.
 */
class OpenApiSchemaTest {

    private static final OpenApi SERVED = new OpenApi(readServed());

    @Test
    void currencyEnum_isExactlyWhatTheDomainAccepts() {
        Set<String> documented = texts(SERVED.schema("CurrencyCode").path("enum"));

        assertThat(documented).isNotEmpty()
                .allSatisfy(code -> assertThat(ReportingSettings.currency("c", code).isValid()).as(code).isTrue());
        assertThat(documented).containsAll(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).toList());
    }

    @Test
    void timeZoneEnum_isExactlyWhatTheDomainAccepts() {
        Set<String> documented = texts(SERVED.schema("TimeZoneId").path("enum"));

        assertThat(documented).isEqualTo(new TreeSet<>(ZoneId.getAvailableZoneIds()))
                .allSatisfy(id -> assertThat(ReportingSettings.timeZone("z", id).isValid()).as(id).isTrue());
    }

    @Test
    void platformEnum_isExactlyTheDomainsPlatforms() {
        Set<String> documented = texts(SERVED.schema("Platform").path("enum"));

        assertThat(documented).containsExactlyInAnyOrder(
                Arrays.stream(Platform.values()).map(Platform::name).toArray(String[]::new));
    }

    @Test
    void slugPattern_agreesWithTheDomain() {
        Pattern pattern = Pattern.compile(SERVED.schema("Slug").path("pattern").asText());
        List<String> samples = new ArrayList<>(List.of("abc", "ab", "a-b", "-ab", "ab-", "a_b", "ABC", "a".repeat(63),
                "a".repeat(64), "acme-agency-2", "abc\n", "äbc"));
        samples.addAll(random("abz09-_A\n", 3_000, 66));

        samples.forEach(text -> assertThat(pattern.matcher(text).matches())
                .as("slug %s", text).isEqualTo(Slug.parse("slug", text).isValid()));
    }

    @Test
    void displayNamePattern_agreesWithTheDomain() {
        Pattern pattern = Pattern.compile(SERVED.schema("DisplayName").path("pattern").asText());
        List<String> samples = new ArrayList<>(List.of("Acme", "  Acme  ", "", "   ", "a\tb", "\tAcme\n",
                "x".repeat(100), "x".repeat(101), " " + "x".repeat(100) + " ", "\u00a0Acme", "Acme\u0085",
                "\u0085Acme", "A\u2007", "\u2028A\u2029", "😀".repeat(100), "😀".repeat(101),
                "a" + " ".repeat(98) + "b", "a" + " ".repeat(99) + "b", "\u001fA\u001c"));
        // Mostly ordinary characters, so that long names without control characters come up too.
        samples.addAll(random("aaaaaaaaaabbbbbbbbbb          \u00a0\u2007\u2028\u3000😀\t\n\u0000\u0085\u001f", 5_000, 104));

        samples.forEach(text -> assertThat(pattern.matcher(text).matches())
                .as("display name %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(DisplayName.parse("display_name", text).isValid()));
    }

    /** Conversion values and a mapping's account id share one rule; both count characters, as maxLength does. */
    @Test
    void plainNameSchema_agreesWithTheConversionValueAndAccountIdRules() {
        Pattern pattern = Pattern.compile(SERVED.schema("PlainName").path("pattern").asText());
        int maxLength = SERVED.schema("PlainName").path("maxLength").asInt();
        List<String> samples = new ArrayList<>(List.of("lead", " lead ", "", " ", "\u00a0", "\u2007", "\u3000", "a\tb", "a\u0085",
                "\u001f", "x".repeat(200), "x".repeat(201), " ".repeat(199) + "x", "😀".repeat(200), "😀".repeat(201)));
        samples.addAll(random("aaaaaaaaaa          \u00a0\u2007\u202f\u2028\u3000😀\t\n\u0000\u0085\u001f\u001c", 2_000, 203));
        try (TestApi api = TestApi.start()) {
            api.register("acme");
            UploadId upload = api.core.csvUploads().upload(api.actor(), new Slug("acme"), "x.csv",
                    new ByteArrayInputStream("Day,Campaign,Cost (EUR)\r\n2026-11-03,C,1\r\n".getBytes(StandardCharsets.UTF_8))).get().id();
            samples.forEach(text -> {
                boolean documented = pattern.matcher(text).matches() && text.codePointCount(0, text.length()) <= maxLength;
                String shown = text.codePoints().mapToObj(Integer::toHexString).toList().toString();
                assertThat(api.core.conversionChoices().change(api.actor(), new Slug("acme"), "meta_ads.conversion_action_types",
                        List.of(text)).isRight()).as("value %s", shown).isEqualTo(documented);
                assertThat(api.core.csvUploads().map(api.actor(), new Slug("acme"), upload, new MappingRequest(Option.none(),
                        Option.none(), Option.none(), Option.of(text), Option.none())).isRight()).as("account %s", shown)
                        .isEqualTo(documented);
            });
        }
    }

    private static List<String> random(String alphabet, int count, int maxLength) {
        int[] codePoints = alphabet.codePoints().toArray();
        Random random = new Random(42);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(maxLength + 1);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            samples.add(text.toString());
        }
        return samples;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode readServed() {
        try {
            return Json.mapper().readTree(OpenApiDocument.load());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
