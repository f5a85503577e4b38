package net.adtelligent.ports.out;

import java.util.Objects;

/**
 * What turns users' files into facts: the CSV reader and the conversion settings of the data
 * contracts, where uploads wait, and how large one may be.
 */
public record Ingestion(CsvFiles csvFiles, ConversionCatalog conversionCatalog, UploadStorage uploads,
                        long maxUploadBytes) {

    /** 200 MB: a year of a large account's daily ad-level export, with room to spare. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    public Ingestion {
        Objects.requireNonNull(csvFiles, "csvFiles");
        Objects.requireNonNull(conversionCatalog, "conversionCatalog");
        Objects.requireNonNull(uploads, "uploads");
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
        }
    }
}
