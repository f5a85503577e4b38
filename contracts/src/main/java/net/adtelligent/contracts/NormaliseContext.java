package net.adtelligent.contracts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a record does not carry itself (docs/contracts.md, "Context"): values looked up by a unified
 * column (Google Ads customer → currency by account_id), the connection's or upload's own values
 * ({@code --currency}, {@code --time-zone}, the account), and the tenant's settings. Nothing here
 * is guessed: a value no one supplied stays unknown.
 */
public final class NormaliseContext {

    private final Map<String, String> own = new HashMap<>();
    private final Map<String, Map<String, Map<String, String>>> byKey = new HashMap<>();
    private final Map<String, Instant> keyExtractedAt = new HashMap<>();
    private final Map<String, List<String>> settings = new HashMap<>();

    public static NormaliseContext none() {
        return new NormaliseContext();
    }

    /** The connection's or upload's own value of a context column (currency_code, time_zone, account_id). */
    public NormaliseContext own(String name, String value) {
        own.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** The tenant's choice for a setting, replacing the contract's default (e.g. meta_ads.conversion_action_types). */
    public NormaliseContext setting(String name, List<String> choice) {
        settings.put(Objects.requireNonNull(name, "name"), List.copyOf(choice));
        return this;
    }

    /**
     * Values known for the row whose {@code keyColumn} is {@code keyValue}; a later extraction of the
     * same key replaces an earlier one, as with fact rows.
     */
    public NormaliseContext lookup(String keyColumn, String keyValue, Map<String, String> values, Instant extractedAt) {
        String id = keyColumn + "\u0000" + keyValue;
        Instant known = keyExtractedAt.get(id);
        if (known == null || !extractedAt.isBefore(known)) {
            keyExtractedAt.put(id, extractedAt);
            byKey.computeIfAbsent(keyColumn, column -> new HashMap<>()).put(keyValue, Map.copyOf(values));
        }
        return this;
    }

    public NormaliseContext lookup(String keyColumn, String keyValue, Map<String, String> values) {
        return lookup(keyColumn, keyValue, values, Instant.EPOCH);
    }

    Optional<String> own(String name) {
        return Optional.ofNullable(own.get(name));
    }

    Optional<String> find(String keyColumn, String keyValue, String name) {
        return Optional.ofNullable(byKey.getOrDefault(keyColumn, Map.of()).get(keyValue)).map(values -> values.get(name));
    }

    List<String> chosen(Selection selection) {
        return settings.getOrDefault(selection.setting(), selection.defaults());
    }
}
