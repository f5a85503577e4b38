package net.adtelligent.ports.out;

import java.time.Duration;
import java.util.Objects;

/**
 * What turns users' files into facts: the CSV reader and the conversion settings of the data
 * contracts, where uploads wait, how large one may be, how many bytes of a tenant's uploads may
 * wait at once ({@code quotaBytes}) and for how long ({@code retention}) before they are removed.
 */
public record Ingestion(CsvFiles csvFiles, ConversionCatalog conversionCatalog, UploadStorage uploads,
                        long maxUploadBytes, long quotaBytes, Duration retention) {

    /** 200 MB: a year of a large account's daily ad-level export, with room to spare. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
    /** 1 GiB: five of the largest files waiting at once. */
    public static final long DEFAULT_QUOTA_BYTES = 1024L * 1024 * 1024;
    /** A week: long enough to map a file on Friday and commit it on Monday. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    public Ingestion {
        Objects.requireNonNull(csvFiles, "csvFiles");
        Objects.requireNonNull(conversionCatalog, "conversionCatalog");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(retention, "retention");
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
        }
        if (quotaBytes < 1) {
            throw new IllegalArgumentException("quotaBytes must be positive: " + quotaBytes);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
    }

    /** With the default quota and retention. */
    public Ingestion(CsvFiles csvFiles, ConversionCatalog conversionCatalog, UploadStorage uploads, long maxUploadBytes) {
        this(csvFiles, conversionCatalog, uploads, maxUploadBytes, DEFAULT_QUOTA_BYTES, DEFAULT_RETENTION);
    }

    public Ingestion withQuotaBytes(long bytes) {
        return new Ingestion(csvFiles, conversionCatalog, uploads, maxUploadBytes, bytes, retention);
    }

    public Ingestion withRetention(Duration duration) {
        return new Ingestion(csvFiles, conversionCatalog, uploads, maxUploadBytes, quotaBytes, duration);
    }
}
