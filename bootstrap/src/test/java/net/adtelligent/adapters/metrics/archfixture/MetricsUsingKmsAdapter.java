package net.adtelligent.adapters.metrics.archfixture;

import com.codahale.metrics.MetricRegistry;
import net.adtelligent.adapters.kms.archfixture.KmsAdapterPart;

/**
 * Deliberately bad: the metrics adapter using the kms adapter. Its Dropwizard registry is where it
 * belongs, so the metrics-libraries rule must not report this class.
 */
public final class MetricsUsingKmsAdapter {

    KmsAdapterPart keys;
    MetricRegistry registry;
}
