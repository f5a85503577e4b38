package net.adtelligent.adapters.postgres;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.LimitedCopy;
import net.adtelligent.ports.out.UploadStorage;

/**
 * Uploads in upload_files (V13__upload_files.sql), where every instance of the service sees them:
 * chunks of at most {@value #CHUNK_BYTES} bytes, each written and read in a short transaction of
 * its own, so neither a file nor a connection is held for the length of a slow upload or read.
 * A file is written incomplete and completed by one update, so it is seen whole or not at all.
 * Tenant-scoped: every statement runs in the file's tenant, under row-level security.
 *
 * <p>Its transactions are on a pool of their own and never join a unit of work: a commit reads the
 * file while its unit's one connection is busy streaming the rows in (COPY), and a delete after a
 * commit must not wait for, or undo with, anything else.
 */
final class PostgresUploadStorage implements UploadStorage {

    static final int CHUNK_BYTES = 1024 * 1024;

    private final Transactions transactions;

    PostgresUploadStorage(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Ids are fresh UUIDs, each stored once: the primary key refuses a second file under one id. */
    @Override
    public Either<Long, StoredFile> store(TenantId tenant, UploadId id, InputStream content, long maxBytes) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Instant started = Instant.now();
        boolean complete = false;
        try (ChunkWriter chunks = new ChunkWriter(tenant, id, started)) {
            Either<Long, StoredFile> stored = LimitedCopy.copy(content, chunks, maxBytes);
            if (stored.isRight()) {
                chunks.flush();
                chunks.complete();
                complete = true;
            }
            return stored;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot store upload " + id, failure);
        } finally {
            if (!complete) {
                removeIncomplete(tenant, id, started);
            }
        }
    }

    @Override
    public InputStream open(TenantId tenant, UploadId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        int count = transactions.inTenant(tenant, handle -> handle
                .createQuery("select count(*) from upload_files where tenant_id = :tenant_id and upload_id = :upload_id"
                        + " and complete")
                .bind("tenant_id", tenant.value())
                .bind("upload_id", id.value())
                .mapTo(Integer.class)
                .one());
        if (count == 0) {
            throw new NoSuchElementException("no upload " + id + " in tenant " + tenant);
        }
        return new ChunkReader(tenant, id, count);
    }

    @Override
    public void delete(TenantId tenant, UploadId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        transactions.inTenant(tenant, handle -> handle
                .createUpdate("delete from upload_files where tenant_id = :tenant_id and upload_id = :upload_id")
                .bind("tenant_id", tenant.value())
                .bind("upload_id", id.value())
                .execute());
    }

    @Override
    public void removeUnfinished(TenantId tenant, Instant before) {
        Objects.requireNonNull(tenant, "tenant");
        transactions.inTenant(tenant, handle -> handle
                .createUpdate("delete from upload_files where tenant_id = :tenant_id and not complete"
                        + " and written_at < :before")
                .bind("tenant_id", tenant.value())
                .bind("before", utc(before))
                .execute());
    }

    /** The chunks this store wrote (a failure, a file over the limit), not a whole file of the same id. */
    private void removeIncomplete(TenantId tenant, UploadId id, Instant started) {
        transactions.inTenant(tenant, handle -> handle
                .createUpdate("delete from upload_files where tenant_id = :tenant_id and upload_id = :upload_id"
                        + " and not complete and written_at >= :started")
                .bind("tenant_id", tenant.value())
                .bind("upload_id", id.value())
                .bind("started", utc(started))
                .execute());
    }

    private static OffsetDateTime utc(Instant instant) {
        Instant bounded = instant.isAfter(LATEST) ? LATEST : instant;
        return bounded.atOffset(ZoneOffset.UTC);
    }

    /** PostgreSQL's timestamps end in the year 294276; "before any time" is any instant past now. */
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** Buffers one chunk and writes it as a row when full; the last, possibly empty, on flush. */
    private final class ChunkWriter extends OutputStream {

        private final TenantId tenant;
        private final UploadId id;
        private final Instant started;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int filled;
        private int next;

        ChunkWriter(TenantId tenant, UploadId id, Instant started) {
            this.tenant = tenant;
            this.id = id;
            this.started = started;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                int taken = Math.min(length, CHUNK_BYTES - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
                if (filled == CHUNK_BYTES) {
                    writeChunk();
                }
            }
        }

        /** The rest as the last chunk; an empty file is one empty chunk, so every file has a row. */
        @Override
        public void flush() {
            if (filled > 0 || next == 0) {
                writeChunk();
            }
        }

        private void writeChunk() {
            byte[] chunk = Arrays.copyOf(buffer, filled);
            int number = next;
            transactions.inTenant(tenant, handle -> handle
                    .createUpdate("insert into upload_files (tenant_id, upload_id, chunk, content, written_at)"
                            + " values (:tenant_id, :upload_id, :chunk, :content, :written_at)")
                    .bind("tenant_id", tenant.value())
                    .bind("upload_id", id.value())
                    .bind("chunk", number)
                    .bind("content", chunk)
                    .bind("written_at", utc(started))
                    .execute());
            next++;
            filled = 0;
        }

        /** One statement: every chunk becomes visible at once. */
        void complete() {
            transactions.inTenant(tenant, handle -> handle.createUpdate("update upload_files set complete = true"
                            + " where tenant_id = :tenant_id and upload_id = :upload_id and not complete")
                    .bind("tenant_id", tenant.value())
                    .bind("upload_id", id.value())
                    .execute());
        }

        @Override
        public void close() {
            // nothing held: every chunk is written as it fills
        }
    }

    /** Reads the chunks one at a time; a chunk gone meanwhile (the file was deleted) is an error, not an early end. */
    private final class ChunkReader extends InputStream {

        private final TenantId tenant;
        private final UploadId id;
        private final int count;
        private byte[] chunk = new byte[0];
        private int position;
        private int next;

        ChunkReader(TenantId tenant, UploadId id, int count) {
            this.tenant = tenant;
            this.id = id;
            this.count = count;
        }

        @Override
        public int read() {
            if (!available(1)) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, target.length);
            if (length == 0) {
                return 0;
            }
            if (!available(length)) {
                return -1;
            }
            int taken = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, taken);
            position += taken;
            return taken;
        }

        private boolean available(int wanted) {
            while (position == chunk.length) {
                if (next == count) {
                    return false;
                }
                chunk = load(next++);
                position = 0;
            }
            return wanted > 0;
        }

        /** @throws NoSuchElementException when the file was deleted while being read */
        private byte[] load(int number) {
            return transactions.inTenant(tenant, handle -> handle
                    .createQuery("select content from upload_files where tenant_id = :tenant_id"
                            + " and upload_id = :upload_id and chunk = :chunk and complete")
                    .bind("tenant_id", tenant.value())
                    .bind("upload_id", id.value())
                    .bind("chunk", number)
                    .map((row, context) -> row.getBytes("content"))
                    .findOne())
                    .orElseThrow(() -> new NoSuchElementException("upload " + id + " was deleted while being read"));
        }
    }
}
