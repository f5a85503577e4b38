package net.adtelligent.memory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.ports.out.LoginAttempts;

/**
 * Login attempts in memory, for one process only: instances that each hold one share no budget.
 * Each key changes in one {@code compute}, so concurrent attempts on a key are counted one at a
 * time. Kept out of units of work (no undo): a count stays whatever the use case does next.
 */
public final class InMemoryLoginAttempts implements LoginAttempts {

    private record Row(int count, Instant nextAt, Instant forgetAt) {

        boolean forgotten(Instant now) {
            return !forgetAt.isAfter(now);
        }
    }

    private final Map<String, Row> keys = new ConcurrentHashMap<>();

    @Override
    public Attempt attempt(String key, Instant now, Pacing pacing) {
        Attempt[] answer = new Attempt[1];
        keys.compute(key, (k, row) -> {
            if (row != null && !row.forgotten(now) && row.nextAt().isAfter(now)) {
                answer[0] = Attempt.refused(row.count(), row.nextAt());
                return row;
            }
            int count = row == null || row.forgotten(now) ? 1 : row.count() + 1;
            Instant nextAt = now.plus(pacing.pauseAfter(count));
            answer[0] = Attempt.counted(count, nextAt);
            return new Row(count, nextAt, now.plus(pacing.forgetAfter()));
        });
        return answer[0];
    }

    @Override
    public int count(String key, Instant now) {
        Row row = keys.get(key);
        return row == null || row.forgotten(now) ? 0 : row.count();
    }

    @Override
    public void clear(String key) {
        keys.remove(key);
    }

    @Override
    public int removeForgotten(Instant now) {
        int removed = 0;
        for (Map.Entry<String, Row> entry : keys.entrySet()) {
            if (entry.getValue().forgotten(now) && keys.remove(entry.getKey(), entry.getValue())) {
                removed++;
            }
        }
        return removed;
    }
}
