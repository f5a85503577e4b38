package net.adtelligent.bench;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.LongConsumer;

/**
 * Writes a JSON Lines file of Airbyte RECORD messages shaped like source-facebook-marketing's
 * ads_insights stream: numbers as strings, action arrays, and the fields the connector requests
 * beside the few the contract reads, because parsing those is most of the work. One account of
 * 2,000 ads (40 campaigns × 5 ad sets × 10 ads); the same arguments always give the same file.
 */
public final class InsightsFile {

    /** Which primary keys the records carry. */
    public enum Keys {
        /** A 90-day window of every ad, synced again and again, each time extracted later: bounded keys, restated rows. */
        resync,
        /** Every record a new day × ad, as a long historical backfill gives: keys grow with the file. */
        distinct
    }

    /** What was written: records (Airbyte STATE lines not counted), bytes, and distinct primary keys. */
    public record Written(long records, long bytes, long distinctKeys) {
    }

    /** The ad account every record names. */
    public static final String ACCOUNT = InsightsRecord.ACCOUNT;

    static final int ADS = 2_000;
    static final int WINDOW_DAYS = 90;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final long FIRST_SYNC = 1_717_200_000_000L;
    private static final long DAY_MS = 86_400_000L;

    private InsightsFile() {
    }

    /** Writes records until either limit is reached; {@code progress} hears the bytes written now and then. */
    public static Written write(Path file, Keys keys, long maxRecords, long maxBytes, LongConsumer progress) throws IOException {
        long records = 0;
        try (FileChannel channel = FileChannel.open(file, CREATE, TRUNCATE_EXISTING, WRITE);
             Counting out = new Counting(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
             JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            InsightsRecord record = new InsightsRecord(json);
            while (records < maxRecords && out.bytes < maxBytes) {
                int ad = (int) (records % ADS);
                long day = records / ADS;
                int sync = keys == Keys.resync ? (int) (day / WINDOW_DAYS) : 0;
                int dayOfWindow = keys == Keys.resync ? (int) (day % WINDOW_DAYS) : (int) day;
                if (records > 0 && ad == 0 && dayOfWindow == 0) {
                    state(json, sync);
                }
                long emittedAt = FIRST_SYNC + sync * DAY_MS + dayOfWindow * 1_000L;
                record.write(FIRST_DAY.plusDays(dayOfWindow), ad, sync, emittedAt);
                json.writeRaw('\n');
                records++;
                if (records % 20_000 == 0) {
                    json.flush();
                    progress.accept(out.bytes);
                }
            }
            json.flush();
            // On disk before anything is timed: write-back of dirty pages would otherwise slow the first round.
            channel.force(false);
            long distinct = keys == Keys.resync ? Math.min(records, (long) WINDOW_DAYS * ADS) : records;
            return new Written(records, out.bytes, distinct);
        }
    }

    // The connector checkpoints between syncs; the reader must skip these lines, plain parsing reads them too.
    private static void state(JsonGenerator json, int sync) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "STATE");
        json.writeObjectFieldStart("state");
        json.writeObjectFieldStart("data");
        json.writeStringField("ads_insights", "{\"date\":\"" + FIRST_DAY.plusDays(WINDOW_DAYS - 1L) + "\",\"sync\":" + sync + "}");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Counts what reaches the file, so --size is the size on disk. */
    private static final class Counting extends FilterOutputStream {
        long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }
}
