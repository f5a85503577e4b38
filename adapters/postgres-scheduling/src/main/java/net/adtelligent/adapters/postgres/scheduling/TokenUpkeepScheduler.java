package net.adtelligent.adapters.postgres.scheduling;

import java.time.Duration;
import javax.sql.DataSource;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.ports.in.system.TokenUpkeep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps connections' tokens alive on {@value #TOKEN_UPKEEP}: renewed ahead of their end where the
 * platform allows, warned about once where it does not. A recurring db-scheduler task in this
 * database's {@code scheduled_tasks}, so of several instances one runs it at a time, and a run cut
 * off by a stop is found dead and run again. A platform that is down is tried again (with full
 * jitter) within the run by the OAuth adapter, and by the next run after that.
 */
public final class TokenUpkeepScheduler implements AutoCloseable {

    static final String TOKEN_UPKEEP = "token-upkeep";
    /** Renewals start seven days ahead: hourly runs leave many chances before a token ends. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(TokenUpkeepScheduler.class);

    private final RecurringUseCase<TokenUpkeep> job;

    TokenUpkeepScheduler(DataSource dataSource, Duration interval, Duration pollingInterval) {
        this.job = new RecurringUseCase<>(TOKEN_UPKEEP, dataSource, interval, pollingInterval, useCase -> {
            TokenUpkeep.Report report = useCase.run();
            log.info("token upkeep: {} renewed, {} need a new consent, {} warned, {} to try again",
                    report.renewed(), report.reauthRequired(), report.warned(), report.failed());
        });
    }

    /** On {@code database}'s service pool, so as the application role; hourly, polling as snapshots do. */
    public static TokenUpkeepScheduler on(PostgresDatabase database, SchedulingSettings settings) {
        return new TokenUpkeepScheduler(database.applicationDataSource(), DEFAULT_INTERVAL, settings.pollingInterval());
    }

    /** Starts polling and schedules the task, unless another instance already has. */
    public void start(TokenUpkeep useCase) {
        job.start(useCase);
    }

    @Override
    public void close() {
        job.close();
    }
}
