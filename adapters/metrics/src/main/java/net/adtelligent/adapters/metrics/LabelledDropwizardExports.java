package net.adtelligent.adapters.metrics;

import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.CustomLabelMapper;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.MapperConfig;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge's {@link DropwizardExports}, with the labels of {@link SeriesName}s put back as
 * Prometheus labels. Version 1.4.3 cannot do that over a whole registry, for two reasons:
 * its {@link CustomLabelMapper} captures glob wildcards up to the next dot only (a route such as
 * /openapi.json would be cut), and it emits one snapshot per Dropwizard metric, which the model
 * rejects when two metrics map to one name (prometheus/client_java#1712), as the series of one
 * family do. So each metric is exported alone, under a fixed glob-safe name, by a mapper that sets
 * the family name and the parsed labels as literal values; the snapshots of a family are then
 * merged into one, with the help text of {@link MetricFamily}.
 */
final class LabelledDropwizardExports implements MultiCollector {

    private static final String ALONE = "adtelligent.series";

    private final MetricRegistry registry;

    LabelledDropwizardExports(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MetricSnapshots collect() {
        Map<String, List<MetricSnapshot>> families = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        registry.getMetrics().forEach((name, metric) -> {
            SeriesName series = SeriesName.parse(name);
            for (MetricSnapshot snapshot : exportAlone(series, metric)) {
                String prometheusName = snapshot.getMetadata().getPrometheusName();
                families.computeIfAbsent(prometheusName, key -> new ArrayList<>()).add(snapshot);
                helps.putIfAbsent(prometheusName, MetricFamily.byName(series.family())
                        .map(MetricFamily::help).orElse("Dropwizard metric " + name));
            }
        });
        MetricSnapshots.Builder merged = MetricSnapshots.builder();
        families.forEach((name, snapshots) -> merged.metricSnapshot(merge(snapshots, helps.get(name))));
        return merged.build();
    }

    // Per scrape and per metric, a registry, a mapper and an exporter: a few hundred small objects
    // every scrape interval, against an exact result whatever the labels contain.
    private static MetricSnapshots exportAlone(SeriesName series, Metric metric) {
        MetricRegistry alone = new MetricRegistry();
        alone.register(ALONE, metric);
        CustomLabelMapper mapper = new CustomLabelMapper(List.of(new MapperConfig(ALONE, series.family(), series.labels())));
        return new DropwizardExports(alone, MetricFilter.ALL, mapper).collect();
    }

    private static MetricSnapshot merge(List<MetricSnapshot> snapshots, String help) {
        MetricSnapshot first = snapshots.get(0);
        MetricMetadata metadata = new MetricMetadata(first.getMetadata().getName(), help);
        if (first instanceof CounterSnapshot) {
            return new CounterSnapshot(metadata, dataPoints(snapshots, CounterSnapshot.class,
                    CounterSnapshot.CounterDataPointSnapshot.class));
        }
        if (first instanceof GaugeSnapshot) {
            return new GaugeSnapshot(metadata, dataPoints(snapshots, GaugeSnapshot.class,
                    GaugeSnapshot.GaugeDataPointSnapshot.class));
        }
        if (first instanceof SummarySnapshot) {
            return new SummarySnapshot(metadata, dataPoints(snapshots, SummarySnapshot.class,
                    SummarySnapshot.SummaryDataPointSnapshot.class));
        }
        throw new IllegalStateException("the Dropwizard bridge made an unexpected " + first.getClass().getSimpleName());
    }

    /** Two Dropwizard types under one name (a counter and a timer) are a naming bug: fail the scrape loudly. */
    private static <S extends MetricSnapshot, P> List<P> dataPoints(List<MetricSnapshot> snapshots, Class<S> type,
                                                                   Class<P> pointType) {
        List<P> points = new ArrayList<>();
        for (MetricSnapshot snapshot : snapshots) {
            if (!type.isInstance(snapshot)) {
                throw new IllegalStateException(snapshot.getMetadata().getName() + ": Dropwizard metrics of different types");
            }
            snapshot.getDataPoints().forEach(point -> points.add(pointType.cast(point)));
        }
        return points;
    }
}
