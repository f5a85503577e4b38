package net.adtelligent.bootstrap.archfixture;

import com.github.kagkarlsson.scheduler.Scheduler;

/** Deliberately bad: bootstrap gets scheduling from the postgres adapter, it never builds a db-scheduler itself. */
public final class BootstrapUsingDbScheduler {

    Scheduler scheduler;
}
