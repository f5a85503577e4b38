package net.adtelligent.adapters.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.Objects;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;

/**
 * Times every mail handed to the wrapped mailer and counts the ones that fail. The failure still
 * reaches the caller unchanged: whether a lost mail matters is the caller's decision (see the port),
 * the count is only there so that a broken mail provider shows up before users say so.
 */
public final class MeteredMailer implements Mailer {

    private final Mailer delegate;
    private final Timer sends;
    private final Counter failures;

    public MeteredMailer(Mailer delegate, MetricRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.sends = registry.timer(MetricFamily.MAIL_SEND_DURATION.series());
        this.failures = registry.counter(MetricFamily.MAIL_FAILURES.series());
    }

    @Override
    public void send(Mail mail) {
        Timer.Context timing = sends.time();
        try {
            delegate.send(mail);
        } catch (RuntimeException e) {
            failures.inc();
            throw e;
        } finally {
            timing.stop();
        }
    }
}
