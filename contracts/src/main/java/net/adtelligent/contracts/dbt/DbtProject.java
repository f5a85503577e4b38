package net.adtelligent.contracts.dbt;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.StreamContract;

/**
 * The part of the dbt project (the {@code dbt/} directory) that follows from the data contracts:
 * one staging model per Airbyte stream with a contract, their schema tests, the sources with
 * freshness per platform, and the streams' columns for the views over Airbyte's tables. The dbt
 * models and the Java normaliser both interpret the same contract files, so the mapping is written
 * once. Paths are relative to the dbt project and use '/'.
 */
public final class DbtProject {

    static final String STAGING = "models/staging/generated/";
    private static final String MACROS = "macros/generated/";
    /** The directories whose files are all written here. */
    public static final List<String> DIRECTORIES = List.of(STAGING, MACROS);
    static final String HEADER = "adtelligent contracts dbt";

    private DbtProject() {
    }

    /** Every file this writes, by path, in path order. */
    public static Map<String, String> files(Contracts contracts) {
        List<StreamContract> streams = streams(contracts);
        Map<String, String> files = new TreeMap<>();
        for (StreamContract stream : streams) {
            files.put(STAGING + StagingModel.name(stream) + ".sql", new StagingModel(stream, contracts).sql());
        }
        files.put(STAGING + "_staging.yml", StagingSchema.models(streams));
        files.put(STAGING + "_sources.yml", StagingSchema.sources(streams));
        files.put(MACROS + "adt_streams.sql", StagingSchema.streamsMacro(streams));
        return files;
    }

    /** The streams Airbyte loads (our own formats, such as CSV uploads, have no Airbyte table). */
    static List<StreamContract> streams(Contracts contracts) {
        return contracts.all().stream().filter(stream -> stream.upstream().isPresent()).toList();
    }

    /** The stream's name in dbt: meta_ads.ads_insights becomes meta_ads__ads_insights. */
    static String alias(StreamContract stream) {
        return stream.stream().replace(".", "__");
    }
}
