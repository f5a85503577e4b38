package net.adtelligent.faults;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Two instances on one database, as behind a load balancer where consecutive requests of one user
 * land on either: an upload made on a and mapped and committed on b; and one upload's commit sent
 * to both at the same moment, which must store its rows once (one 200, one 409).
 */
final class TwoInstances {

    private static final int ROWS = 500;

    record Outcome(List<Answer> across, HarnessDatabase.Stored acrossStored, CsvFile acrossFile,
                   List<Answer> bothCommits, HarnessDatabase.Stored bothStored, CsvFile bothFile) {
    }

    static Outcome run(Harness harness) {
        Api onA = harness.api.on(harness.a);
        Api onB = harness.api.on(harness.b);

        Ledger.Entry across = harness.ledger.add(CsvFile.of("across-instances", ROWS));
        Answer uploaded = harness.uploads.upload(onA, across.file);
        Answer mapped = null;
        Answer committed = null;
        if (uploaded.status() == 201) {
            across.upload = Optional.of(Uploads.id(uploaded));
            mapped = harness.uploads.map(onB, across.upload.get(), across.file);
            if (mapped.status() == 200) {
                committed = harness.uploads.commit(onB, across.upload.get());
                across.commitAnswered200 = committed.status() == 200;
            }
        }
        List<Answer> acrossAnswers = Stream.of(uploaded, mapped, committed)
                .filter(Objects::nonNull).toList();

        Ledger.Entry both = harness.ledger.add(CsvFile.of("commit-on-both", ROWS));
        Answer bothUploaded = harness.uploads.upload(onA, both.file);
        if (bothUploaded.status() != 201) {
            throw new IllegalStateException("upload failed: " + bothUploaded.describe());
        }
        UUID upload = Uploads.id(bothUploaded);
        both.upload = Optional.of(upload);
        Answer bothMapped = harness.uploads.map(onA, upload, both.file);
        if (bothMapped.status() != 200) {
            throw new IllegalStateException("mapping failed: " + bothMapped.describe());
        }
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Answer> commitA = Background.supply("commit-on-a", () -> await(go, () -> harness.uploads.commit(onA, upload)));
        CompletableFuture<Answer> commitB = Background.supply("commit-on-b", () -> await(go, () -> harness.uploads.commit(onB, upload)));
        go.countDown();
        List<Answer> commits = List.of(commitA.join(), commitB.join());
        both.commitAnswered200 = commits.stream().anyMatch(answer -> answer.status() == 200);

        return new Outcome(acrossAnswers, harness.database.facts(Harness.TENANT, across.file.account()), across.file,
                commits, harness.database.facts(Harness.TENANT, both.file.account()), both.file);
    }

    private static Answer await(CountDownLatch go, Supplier<Answer> request) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return request.get();
    }
}
