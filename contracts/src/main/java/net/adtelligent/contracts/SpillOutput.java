package net.adtelligent.contracts;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a spill file through one buffer of its own. A {@code DataOutputStream} over a buffered
 * stream takes a lock for every byte of an int; spilling writes millions of small values.
 */
final class SpillOutput implements Closeable {

    private final OutputStream out;
    private final ByteBuffer buffer;
    private final char[] chars;

    SpillOutput(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = ByteBuffer.allocate(bufferSize);
        this.chars = new char[bufferSize / 3];
    }

    void writeByte(int value) throws IOException {
        room(1).put((byte) value);
    }

    void writeInt(int value) throws IOException {
        room(4).putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(8).putLong(value);
    }

    /** The length, then the bytes; any length, beyond the buffer's too. */
    void writeBytes(byte[] bytes) throws IOException {
        writeInt(bytes.length);
        if (bytes.length <= buffer.capacity()) {
            room(bytes.length).put(bytes);
        } else {
            flush();
            out.write(bytes);
        }
    }

    /**
     * Text as {@link #writeBytes} writes its UTF-8 bytes, encoded straight into the buffer: text is
     * most of what spills, and {@code String.getBytes} made an array for every value.
     */
    void writeText(String text) throws IOException {
        int length = text.length();
        if (4 + 3L * length > buffer.capacity()) {
            writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        int start = room(4 + 3 * length).position();
        byte[] bytes = buffer.array();
        int at = start + 4;
        text.getChars(0, length, chars, 0); // one bulk copy; charAt checks the string's coder for every character
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[at++] = (byte) c;
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xC0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // Pairs take four bytes and a lone one becomes '?': String.getBytes knows how.
                writeBytes(text.getBytes(StandardCharsets.UTF_8));
                return;
            } else {
                bytes[at++] = (byte) (0xE0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        buffer.putInt(start, at - start - 4).position(at);
    }

    void flush() throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    private ByteBuffer room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
        return buffer;
    }
}
