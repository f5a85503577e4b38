package net.adtelligent.faults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every file the harness sent and what the service told about it, to be held against what the
 * database kept at the end: a file whose commit answered 200 must be there whole, any other file
 * whole or not at all, and never another file's rows or a file twice.
 */
final class Ledger {

    /** One file's story. Written by the one thread that sends it. */
    static final class Entry {
        final CsvFile file;
        volatile Optional<UUID> upload = Optional.empty();
        volatile boolean commitAnswered200;
        volatile boolean commitAnsweredOther;

        Entry(CsvFile file) {
            this.file = file;
        }
    }

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

    Entry add(CsvFile file) {
        Entry entry = new Entry(file);
        entries.add(entry);
        return entry;
    }

    List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** One account's disagreement between the ledger and the facts. */
    record Mismatch(String account, String told, long rowsSent, BigDecimal spendSent, HarnessDatabase.Stored stored) {
        @Override
        public String toString() {
            return account + " (" + told + "): sent " + rowsSent + " rows, " + spendSent.toPlainString() + " spend; stored "
                    + stored.rows() + " rows, " + stored.spend().toPlainString();
        }
    }

    /**
     * Files whose rows are not as the answers and the stored upload states say: the status in
     * {@code statuses} is the import job's ("committed" or not) as the database has it.
     */
    List<Mismatch> mismatches(Map<String, HarnessDatabase.Stored> facts, Map<UUID, String> statuses) {
        List<Mismatch> found = new ArrayList<>();
        for (Entry entry : entries) {
            HarnessDatabase.Stored stored = facts.getOrDefault(entry.file.account(), HarnessDatabase.Stored.NOTHING);
            boolean committed = entry.upload.map(id -> "committed".equals(statuses.get(id))).orElse(false);
            boolean whole = stored.rows() == entry.file.rows() && stored.spend().compareTo(entry.file.spend()) == 0;
            boolean none = stored.rows() == 0;
            String told = entry.commitAnswered200 ? "commit answered 200" : committed ? "committed, not answered 200" : "not committed";
            if ((entry.commitAnswered200 && !committed) || (committed ? !whole : !none)) {
                found.add(new Mismatch(entry.file.account(), told, entry.file.rows(), entry.file.spend(), stored));
            }
        }
        return found;
    }

    BigDecimal committedSpend(Map<UUID, String> statuses) {
        return entries.stream()
                .filter(entry -> entry.upload.map(id -> "committed".equals(statuses.get(id))).orElse(false))
                .map(entry -> entry.file.spend())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
