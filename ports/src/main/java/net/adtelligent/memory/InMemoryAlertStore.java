package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertPolicy;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertStore;

/**
 * Alert episodes in memory, lost when the JVM stops. One lock for every call, so two raises of the
 * same rule and subject cannot both open an episode. {@link #raised()} keeps each alert whose raise
 * opened an episode, in order: for tests, and to see what would have gone out.
 */
public final class InMemoryAlertStore implements AlertStore {

    private final AlertPolicy policy;
    private final Map<Long, AlertEpisode> episodes = new TreeMap<>();
    private final List<Alert> opened = new CopyOnWriteArrayList<>();
    private long lastId;

    public InMemoryAlertStore() {
        this(AlertPolicy.DEFAULT);
    }

    public InMemoryAlertStore(AlertPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public synchronized Raised raise(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        Option<AlertEpisode> newest = newest(alert.tenant(), alert.kind(), alert.subject());
        AlertPolicy.Decision decision = policy.onRaise(newest, alert.message(), alert.at());
        if (decision instanceof AlertPolicy.Decision.Keep keep) {
            put(keep.episode());
            return Raised.KEPT;
        }
        if (decision instanceof AlertPolicy.Decision.Reopen reopen) {
            put(reopen.episode());
            return Raised.REOPENED;
        }
        long id = ++lastId;
        put(AlertEpisode.opened(id, alert.tenant(), alert.kind(), alert.subject(), alert.message(), alert.at()));
        opened.add(alert);
        Undo.remember(() -> opened.remove(alert));
        return Raised.OPENED;
    }

    @Override
    public synchronized boolean resolve(TenantId tenant, String kind, AlertSubject subject, Instant at) {
        Option<AlertEpisode> ended = newest(Option.of(tenant), kind, subject).flatMap(episode -> episode.resolved(at));
        ended.forEach(this::put);
        return ended.isDefined();
    }

    @Override
    public synchronized boolean resolveSystem(String kind, AlertSubject subject, Instant at) {
        Option<AlertEpisode> ended = newest(Option.none(), kind, subject).flatMap(episode -> episode.resolved(at));
        ended.forEach(this::put);
        return ended.isDefined();
    }

    @Override
    public synchronized List<AlertEpisode> page(TenantId tenant, Option<AlertState> state, Option<Long> beforeId,
                                                int limit) {
        return episodes.values().stream()
                .filter(episode -> episode.tenant().contains(tenant))
                .filter(episode -> state.isEmpty() || state.contains(episode.state()))
                .filter(episode -> beforeId.isEmpty() || episode.id() < beforeId.get())
                .sorted(Comparator.comparingLong(AlertEpisode::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Option<AlertEpisode> lockById(TenantId tenant, long id) {
        return Option.of(episodes.get(id)).filter(episode -> episode.tenant().contains(tenant));
    }

    @Override
    public synchronized void replace(AlertEpisode episode) {
        AlertEpisode stored = episodes.get(episode.id());
        if (stored == null || !stored.tenant().equals(episode.tenant())) {
            throw new IllegalStateException("no alert " + episode.id() + " of this tenant to replace");
        }
        put(episode);
    }

    @Override
    public synchronized List<AlertEpisode> mailDue(TenantId tenant) {
        return episodes.values().stream()
                .filter(episode -> episode.tenant().contains(tenant) && episode.mailDue())
                .toList();
    }

    /** Every alert whose raise opened an episode, in order. */
    public List<Alert> raised() {
        return List.copyOf(opened);
    }

    /** Every episode, of every tenant and of none, oldest first. */
    public synchronized List<AlertEpisode> episodes() {
        return new ArrayList<>(episodes.values());
    }

    private Option<AlertEpisode> newest(Option<TenantId> tenant, String kind, AlertSubject subject) {
        AlertEpisode found = null;
        for (AlertEpisode episode : episodes.values()) {
            if (episode.tenant().equals(tenant) && episode.kind().equals(kind) && episode.subject().equals(subject)) {
                found = episode;
            }
        }
        return Option.of(found);
    }

    private void put(AlertEpisode episode) {
        Undo.remember(episodes, episode.id());
        episodes.put(episode.id(), episode);
    }
}
