package net.adtelligent.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Slow-body clients on one thread: each connection sends its request head and the start of a body
 * announced as much longer, then one more byte every half second, until the server ends it; an
 * ended connection is opened again a second or two later, as a patient attacker would. Client addresses
 * are picked from 127.0.0.0/8, all loopback on Linux, so attackers and honest callers can differ.
 */
final class SlowAttack {

    static final Duration TRICKLE = Duration.ofMillis(500);
    static final Duration REOPEN_AFTER = Duration.ofSeconds(1);
    /** Under the JSON body limit of {@link TestApi}, so the body is read rather than refused at once. */
    static final int ANNOUNCED_LENGTH = 4_000;

    /** One connection: when it opened, when the server ended it (0: still open), what it answered if it did. */
    static final class Outcome {
        final String from;
        final long openedNanos;
        long closedNanos;
        final StringBuilder answer = new StringBuilder();

        Outcome(String from, long openedNanos) {
            this.from = from;
            this.openedNanos = openedNanos;
        }

        /** The status of the answer, or 0 when the connection ended without one reaching the client. */
        int status() {
            String text = answer.toString();
            return text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
        }

        @Override
        public String toString() {
            return "connection from " + from + " answered " + status() + (closedNanos == 0 ? ", still open"
                    : ", ended after " + (closedNanos - openedNanos) / 1_000_000 + " ms");
        }

        boolean says(String header) {
            return answer.toString().toLowerCase().contains("\r\n" + header.toLowerCase() + ":");
        }
    }

    private record Group(String from, String head, int connections) {
    }

    private final int port;
    private final List<Group> groups = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    /** Connections to open again: the index of their group, and when (System.nanoTime()). */
    private final List<long[]> reopenAt = new ArrayList<>();

    SlowAttack(int port) {
        this.port = port;
    }

    /** {@code connections} sockets from {@code from}, each sending {@code method path} with {@code headers}. */
    SlowAttack add(String from, String method, String path, String headers, int connections) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + ANNOUNCED_LENGTH + "\r\n" + headers + "\r\n"
                + "{\"email\": \"trickle-marker@example.com\", \"display_name\": \"";
        groups.add(new Group(from, head, connections));
        return this;
    }

    /** Runs for {@code length}, then closes what is still open; the outcomes are in {@link #outcomes}. */
    void run(Duration length) throws IOException {
        try (Selector selector = Selector.open()) {
            long end = System.nanoTime() + length.toNanos();
            long nextByte = System.nanoTime() + TRICKLE.toNanos();
            for (Group group : groups) {
                for (int i = 0; i < group.connections(); i++) {
                    open(selector, group);
                }
            }
            ByteBuffer buffer = ByteBuffer.allocate(4_096);
            while (System.nanoTime() < end) {
                selector.select(20);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isConnectable()) {
                        connected(key);
                    } else if (key.isValid() && key.isReadable()) {
                        readOrClose(key, buffer);
                    }
                }
                selector.selectedKeys().clear();
                if (System.nanoTime() >= nextByte) {
                    nextByte += TRICKLE.toNanos();
                    for (SelectionKey key : List.copyOf(selector.keys())) {
                        trickle(key);
                    }
                }
                for (long[] due : List.copyOf(reopenAt)) {
                    if (System.nanoTime() >= due[1]) {
                        reopenAt.remove(due);
                        open(selector, groups.get((int) due[0]));
                    }
                }
            }
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
        }
    }

    /** Connects without waiting: a full accept queue must not stall the trickle of every other connection. */
    private void open(Selector selector, Group group) throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.bind(new InetSocketAddress(group.from(), 0));
        channel.configureBlocking(false);
        Outcome outcome = new Outcome(group.from(), System.nanoTime());
        outcomes.add(outcome);
        Object[] attachment = {outcome, groups.indexOf(group)};
        if (channel.connect(new InetSocketAddress("127.0.0.1", port))) {
            sendHead(channel.register(selector, SelectionKey.OP_READ, attachment));
        } else {
            channel.register(selector, SelectionKey.OP_CONNECT, attachment);
        }
    }

    private void sendHead(SelectionKey key) {
        Group group = groups.get((Integer) ((Object[]) key.attachment())[1]);
        try {
            ((SocketChannel) key.channel()).write(ByteBuffer.wrap(group.head().getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException reset) {
            ended(key);
        }
    }

    private void connected(SelectionKey key) {
        try {
            ((SocketChannel) key.channel()).finishConnect();
            key.interestOps(SelectionKey.OP_READ);
            sendHead(key);
        } catch (IOException refused) {
            ended(key);
        }
    }

    private void readOrClose(SelectionKey key, ByteBuffer buffer) {
        Outcome outcome = (Outcome) ((Object[]) key.attachment())[0];
        try {
            buffer.clear();
            int read = ((SocketChannel) key.channel()).read(buffer);
            if (read > 0) {
                outcome.answer.append(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1));
                return;
            }
            if (read == 0) {
                return;
            }
        } catch (IOException reset) {
            // The server ended it with a reset: as ended as a close.
        }
        ended(key);
    }

    private void trickle(SelectionKey key) {
        if (!key.isValid() || !((SocketChannel) key.channel()).isConnected()) {
            return;
        }
        try {
            ((SocketChannel) key.channel()).write(ByteBuffer.wrap(new byte[] {'x'}));
        } catch (IOException reset) {
            ended(key);
        }
    }

    private void ended(SelectionKey key) {
        Object[] attached = (Object[]) key.attachment();
        Outcome outcome = (Outcome) attached[0];
        if (outcome.closedNanos == 0) {
            outcome.closedNanos = System.nanoTime();
            // Spread over a second, as independent clients would be, rather than all at one instant.
            long jitter = ThreadLocalRandom.current().nextLong(REOPEN_AFTER.toNanos());
            reopenAt.add(new long[] {(Integer) attached[1], System.nanoTime() + REOPEN_AFTER.toNanos() + jitter});
        }
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // closing a socket the server already ended
        }
    }

    /** One plain GET on a fresh connection from {@code from}: its status, or 0 when none came within the timeout. */
    static int get(int port, String from, String path, String authorization, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] line = in.readNBytes(12);
            return line.length == 12 ? Integer.parseInt(new String(line, StandardCharsets.US_ASCII).substring(9, 12)) : 0;
        } catch (IOException | NumberFormatException none) {
            return 0;
        }
    }
}
