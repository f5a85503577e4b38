package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in and out of timestamptz columns. Bound as OffsetDateTime in UTC, which the driver
 * sends with its offset, so neither the JVM's nor the session's time zone can shift a value.
 * PostgreSQL keeps microseconds and would round the nanoseconds of Java's clock, sometimes
 * upwards; cutting them here keeps a stored time never later than the moment it records.
 */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** Null for none: the column's way of saying "not yet". */
    static OffsetDateTime utcOrNull(Option<Instant> instant) {
        return instant.map(Timestamps::utc).getOrNull();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Option<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return Option.of(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
