package net.adtelligent.contracts;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads back what a {@link SpillOutput} wrote, through one buffer of its own. */
final class SpillInput implements Closeable {

    private final InputStream in;
    private final ByteBuffer buffer;

    SpillInput(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = ByteBuffer.allocate(bufferSize).flip();
    }

    byte readByte() throws IOException {
        return available(1).get();
    }

    int readInt() throws IOException {
        return available(4).getInt();
    }

    long readLong() throws IOException {
        return available(8).getLong();
    }

    /** Bytes written by {@link SpillOutput#writeBytes}. */
    byte[] readBytes() throws IOException {
        byte[] bytes = new byte[readInt()];
        int buffered = Math.min(bytes.length, buffer.remaining());
        buffer.get(bytes, 0, buffered);
        if (in.readNBytes(bytes, buffered, bytes.length - buffered) != bytes.length - buffered) {
            throw new EOFException("a spill file ends inside a value");
        }
        return bytes;
    }

    /** UTF-8 text written by {@link SpillOutput#writeBytes}, decoded where it lies in the buffer when it fits. */
    String readText() throws IOException {
        int length = available(4).getInt(buffer.position());
        if (length > buffer.capacity() - 4) {
            return new String(readBytes(), StandardCharsets.UTF_8);
        }
        available(4 + length).position(buffer.position() + 4);
        String text = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + length);
        return text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private ByteBuffer available(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            buffer.compact();
            while (buffer.position() < bytes) {
                int read = in.read(buffer.array(), buffer.position(), buffer.remaining());
                if (read < 0) {
                    throw new EOFException("a spill file ends inside a value");
                }
                buffer.position(buffer.position() + read);
            }
            buffer.flip();
        }
        return buffer;
    }
}
