package net.adtelligent.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.out.AirbyteProvisioning.StreamChoice;
import net.adtelligent.ports.out.AirbyteProvisioning.SyncMode;

/**
 * The connector streams an Airbyte connection syncs: those a data contract describes, each
 * incrementally (appended; staging deduplicates on the contract's primary key) when the contract
 * names a cursor, else refreshed whole.
 */
final class AirbyteStreams {

    private AirbyteStreams() {
    }

    static Function<Platform, List<StreamChoice>> of(Contracts contracts) {
        Map<String, List<StreamChoice>> byPlatform = contracts.all().stream()
                .filter(contract -> contract.upstream().isPresent())
                .collect(Collectors.groupingBy(StreamContract::platform, Collectors.mapping(AirbyteStreams::choice,
                        Collectors.toList())));
        return platform -> byPlatform.getOrDefault(platform.name(), List.of());
    }

    private static StreamChoice choice(StreamContract contract) {
        return new StreamChoice(contract.upstream().get().stream(), contract.cursor().isPresent()
                ? SyncMode.INCREMENTAL_APPEND : SyncMode.FULL_REFRESH_OVERWRITE);
    }
}
