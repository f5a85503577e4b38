package net.adtelligent.adapters.postgres;

/**
 * Whether this thread works inside a unit of work, for what must wait until the unit ends: a read
 * kept for other callers must not be one that a rollback may take back.
 */
interface UnitScope {

    /** No unit ever: for tests of what is kept outside one. */
    UnitScope NONE = new UnitScope() {
        @Override
        public boolean inUnit() {
            return false;
        }

        @Override
        public void afterUnit(Runnable step) {
            step.run();
        }
    };

    boolean inUnit();

    /** Runs {@code step} when the open unit ends (committed or rolled back), or now outside a unit. */
    void afterUnit(Runnable step);
}
