package net.adtelligent.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Instance b SIGKILLed while it receives an upload: half the file sent, the rest held back. After
 * the restart no upload of that file may exist (a half file is no upload), and the whole file sent
 * again must be taken, checked in full and committed.
 */
final class KillDuringUpload {

    static final int ROWS = 40_000;
    /** Time for the half that was sent to reach the service, which reads it as it comes. */
    private static final Duration IN_FLIGHT = Duration.ofMillis(700);

    record Outcome(CsvFile file, long bytesSentBeforeKill, Answer killedUpload, long uploadsOfTheFileAfterKill,
                   Duration restart, List<Answer> sentAgain, HarnessDatabase.Stored atEnd) {
    }

    static Outcome run(Harness harness) throws InterruptedException {
        Api api = harness.api.on(harness.b);
        CsvFile file = CsvFile.of("kill-upload", ROWS);
        Ledger.Entry entry = harness.ledger.add(file);
        HalfThenHold body = new HalfThenHold(file.bytes());
        CompletableFuture<Answer> upload = Background.supply("upload-to-kill", () -> harness.uploads.upload(api, file.fileName(),
                HttpRequest.BodyPublishers.ofInputStream(() -> body)));
        if (!body.halfSent.await(Api.HANG.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the upload never sent half the file: "
                    + (upload.isDone() ? upload.join().describe() : "still sending"));
        }
        Thread.sleep(IN_FLIGHT.toMillis());
        harness.b.kill();
        body.release.countDown();
        Answer killed = upload.join();
        long uploadsAfterKill = harness.database.uploadsNamed(file.fileName());

        Duration restart = harness.b.start();
        List<Answer> again = new ArrayList<>();
        Answer uploaded = harness.uploads.upload(api, file);
        again.add(uploaded);
        if (uploaded.status() == 201) {
            entry.upload = Optional.of(Uploads.id(uploaded));
            Answer mapped = harness.uploads.map(api, entry.upload.get(), file);
            again.add(mapped);
            if (mapped.status() == 200) {
                Answer committed = harness.uploads.commit(api, entry.upload.get());
                again.add(committed);
                entry.commitAnswered200 = committed.status() == 200;
            }
        }
        return new Outcome(file, body.sent.get(), killed, uploadsAfterKill, restart, again,
                harness.database.facts(Harness.TENANT, file.account()));
    }

    /** The file's first half, then nothing until released, then an end the server never sees. */
    private static final class HalfThenHold extends InputStream {
        final CountDownLatch halfSent = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicLong sent = new AtomicLong();
        private final byte[] bytes;

        HalfThenHold(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int half = bytes.length / 2;
            int position = (int) sent.get();
            if (position >= half) {
                halfSent.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("the rest of the file is never sent");
            }
            int count = Math.min(length, half - position);
            System.arraycopy(bytes, position, target, offset, count);
            sent.addAndGet(count);
            return count;
        }
    }
}
