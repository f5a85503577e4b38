package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCodecTest {

    private final RowCodec codec = new RowCodec(Fact.AD_PERFORMANCE_DAILY);

    @Test
    void read_givenWrittenRow_givesItBackEqualWithScalesNullsAndLongText() throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        Fact.AD_PERFORMANCE_DAILY.columns().forEach(column -> values.put(column.name(), null));
        values.put("platform", "GOOGLE_ADS");
        values.put("date_day", LocalDate.of(2024, 5, 1));
        values.put("campaign_name", "Sommer ☀ Kampagne – ".repeat(5000)); // beyond any buffer
        values.put("spend", new BigDecimal("12.50"));
        values.put("conversions", new BigDecimal("1E+3"));
        values.put("conversions_value", new BigDecimal("-0.000001"));
        values.put("impressions", Long.MAX_VALUE);
        values.put("source_extracted_at", Instant.parse("2024-05-02T06:00:00.123456789Z"));
        SortedRow row = new SortedRow(Arrays.asList("111", null, ""), 42, new UnifiedRow(Fact.AD_PERFORMANCE_DAILY, values));

        SortedRow read = readBack(written(row), 1).get(0);

        assertThat(read).isEqualTo(row);
        assertThat(read.row().get("spend")).hasToString("12.50");
        assertThat(read.row().values().keySet()).containsExactlyElementsOf(values.keySet());
    }

    @Test
    void write_givenValueNoColumnTypeHolds_refuses() {
        Map<String, Object> values = new LinkedHashMap<>();
        Fact.AD_PERFORMANCE_DAILY.columns().forEach(column -> values.put(column.name(), null));
        values.put("clicks", 7); // an Integer, where counts are Long
        SortedRow row = new SortedRow(List.of(), 1, new UnifiedRow(Fact.AD_PERFORMANCE_DAILY, values));

        assertThatThrownBy(() -> written(row)).isInstanceOf(IllegalStateException.class).hasMessageContaining("Integer");
    }

    @Test
    void read_givenRowsSharingValuesWithTheRowBefore_givesEachBackEqual() throws IOException {
        Map<String, Object> first = adRow("111", "12.50", 3L);
        Map<String, Object> second = adRow("111", "12.5", 3L);
        second.put("campaign_name", null);
        Map<String, Object> third = adRow("222", "12.5", 4L);
        List<SortedRow> rows = List.of(
                new SortedRow(Arrays.asList("2024-05-01", "111"), 1, new UnifiedRow(Fact.AD_PERFORMANCE_DAILY, first)),
                new SortedRow(Arrays.asList("2024-05-01", null), 2, new UnifiedRow(Fact.AD_PERFORMANCE_DAILY, second)),
                new SortedRow(List.of("2024-05-02"), 3, new UnifiedRow(Fact.AD_PERFORMANCE_DAILY, third)),
                new SortedRow(List.of(), 4, new UnifiedRow(Fact.AD_PERFORMANCE_DAILY, first)));

        List<SortedRow> read = readBack(written(rows.toArray(SortedRow[]::new)), rows.size());

        assertThat(read).isEqualTo(rows);
        assertThat(read.get(1).row().get("spend")).hasToString("12.5");
        assertThat(read.get(3).row().get("spend")).hasToString("12.50");
        int again = written(rows.get(0), rows.get(0)).length - written(rows.get(0)).length;
        assertThat(again).as("a row like the one before: its seq and key length, then a byte a key part and value")
                .isEqualTo(Long.BYTES + Integer.BYTES + 2 + Fact.AD_PERFORMANCE_DAILY.columns().size());
    }

    private static Map<String, Object> adRow(String adId, String spend, long clicks) {
        Map<String, Object> values = new LinkedHashMap<>();
        Fact.AD_PERFORMANCE_DAILY.columns().forEach(column -> values.put(column.name(), null));
        values.put("tenant_id", "00000000-0000-0001-0000-000000000001");
        values.put("platform", "META_ADS");
        values.put("date_day", LocalDate.of(2024, 5, 1));
        values.put("account_id", "1038495720193847");
        values.put("campaign_name", "Sommer-Sale 2024 | 0");
        values.put("ad_id", adId);
        values.put("ad_name", "Café ☀ – 👩‍💻 " + adId); // one, two, three and four bytes a character
        values.put("spend", new BigDecimal(spend));
        values.put("clicks", clicks);
        values.put("source_extracted_at", Instant.parse("2024-05-02T06:00:00Z"));
        return values;
    }

    private byte[] written(SortedRow... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RowCodec.Encoder encoder = codec.encoder();
        try (SpillOutput out = new SpillOutput(bytes, 1024)) {
            for (SortedRow row : rows) {
                encoder.write(out, row);
            }
        }
        return bytes.toByteArray();
    }

    private List<SortedRow> readBack(byte[] written, int count) throws IOException {
        List<SortedRow> rows = new ArrayList<>();
        RowCodec.Decoder decoder = codec.decoder();
        try (SpillInput in = new SpillInput(new ByteArrayInputStream(written), 1024)) {
            for (int i = 0; i < count; i++) {
                rows.add(decoder.read(in));
            }
            assertThatThrownBy(in::readByte).as("nothing after the rows").isInstanceOf(EOFException.class);
        }
        return rows;
    }
}
