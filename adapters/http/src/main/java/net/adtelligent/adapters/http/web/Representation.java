package net.adtelligent.adapters.http.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A response body held in memory, with a strong ETag (the SHA-256 of its bytes) and its gzip form,
 * made the first time a client accepts gzip and kept with it: a kept body (see
 * {@code CombinedBodies}) is then compressed once, not on every request as the framework would.
 * The gzip form has its own ETag (the same with ".gz"), as a strong validator must differ per
 * content coding.
 */
public final class Representation {

    private final byte[] bytes;
    private final String etag;
    private final String gzipEtag;
    private volatile byte[] gzipped;

    private Representation(byte[] bytes, String etag) {
        this.bytes = bytes;
        this.etag = etag;
        this.gzipEtag = etag.substring(0, etag.length() - 1) + ".gz\"";
    }

    public static Representation of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new Representation(bytes, etag(bytes));
    }

    public byte[] bytes() {
        return bytes;
    }

    /** Public, as {@link #etag(byte[])}, for the tests of the bodies features keep. */
    public String etag() {
        return etag;
    }

    String gzipEtag() {
        return gzipEtag;
    }

    /** Two requests at once may both compress; either result is the same bytes. */
    byte[] gzipped() {
        byte[] known = gzipped;
        if (known == null) {
            known = gzip(bytes);
            gzipped = known;
        }
        return known;
    }

    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
