package net.adtelligent.contracts.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * The text of a user's file in its encoding (UTF-8, or UTF-16 where a byte-order mark says so),
 * strictly: a byte sequence that is not valid text is an error naming its line, never a silent
 * replacement character in a campaign name. A leading byte-order mark is skipped. Unlike
 * {@link java.io.InputStreamReader}, which drops the characters decoded before a bad byte, this
 * hands out every character up to the bad byte first, so the rows before it are read.
 */
final class TextReader extends Reader {

    static final String NOT_UTF8 = "is not UTF-8 text: save the file as \"CSV UTF-8\" and upload it again";
    static final String NOT_UTF16 = "is not UTF-16 text, as the file's byte-order mark says: save the file as "
            + "\"CSV UTF-8\" and upload it again";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final LongConsumer badLines;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean started;
    private boolean endOfInput;
    private boolean malformed;
    private int malformedLength;
    private long line = 1;

    /** Strict UTF-8: the first byte that is not UTF-8 ends the text with an {@link UnreadableLine}. */
    TextReader(InputStream in) {
        this(in, StandardCharsets.UTF_8, null);
    }

    /** Strict: the first bytes that are not text in {@code charset} end it with an {@link UnreadableLine}. */
    TextReader(InputStream in, Charset charset) {
        this(in, charset, null);
    }

    /**
     * Reads on past bytes that are not UTF-8: each bad sequence becomes U+FFFD and its line is told
     * to {@code badLines} before any character of it is handed out, so a reader can refuse its row.
     */
    TextReader(InputStream in, Charset charset, LongConsumer badLines) {
        this.in = in;
        this.badLines = badLines;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** What a row with bytes that are not text in this reader's encoding is told. */
    String notText() {
        return decoder.charset().equals(StandardCharsets.UTF_8) ? NOT_UTF8 : NOT_UTF16;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (malformed && badLines == null) {
                throw new UnreadableLine(line, notText());
            }
            if (malformed) {
                replaceMalformed();
                continue;
            }
            if (endOfInput) {
                return -1;
            }
            decode();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (target[i] == '\n') {
                line++;
            }
        }
        return count;
    }

    // Fills chars with what decodes; stops early at a bad byte, remembering it for the next call.
    private void decode() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !malformed && !endOfInput) {
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                malformed = true;
                malformedLength = result.length();
            } else if (result.isUnderflow()) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                bytes.position(bytes.position() + Math.max(read, 0)).flip();
                if (read < 0) {
                    endOfInput = true;
                    // A sequence cut off by the end of the file is as broken as a bad byte.
                    malformed = decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError();
                    malformedLength = bytes.remaining();
                }
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
    }

    // Every character before the bad bytes is handed out, so line is the bad bytes' line.
    private void replaceMalformed() {
        badLines.accept(line);
        bytes.position(Math.min(bytes.limit(), bytes.position() + Math.max(malformedLength, 1)));
        malformed = false;
        chars.clear();
        chars.put('\uFFFD').flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
