package net.adtelligent.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A real PostgreSQL a test stops and starts again: the same port and data folder each time, so the
 * service sees one database go away and come back, as after a crash or a failover.
 */
final class RestartablePostgres implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres server;

    RestartablePostgres(Path dataDir) {
        this.port = freePort();
        this.dataDir = dataDir;
    }

    /** ADT_DATABASE_URL for it, as its superuser (the embedded server trusts local logins). */
    String url() {
        return "postgresql://postgres@localhost:" + port + "/postgres";
    }

    int port() {
        return port;
    }

    synchronized RestartablePostgres start() {
        try {
            server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false).start();
            return this;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
