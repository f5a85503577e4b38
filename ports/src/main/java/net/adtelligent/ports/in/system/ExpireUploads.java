package net.adtelligent.ports.in.system;

/**
 * Removes uploads that were not committed within the retention, with their files, in every
 * tenant; and what a crash left of files being stored. For a scheduler; users delete through
 * {@code CsvUploads.delete}.
 */
public interface ExpireUploads {

    /** How many uploads were removed. */
    int expire();
}
