package net.adtelligent.adapters.http.archfixture;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.Driver;

/** Deliberately bad: the HTTP adapter talking to the database itself, with every tool for it. */
public final class HttpUsingPersistence {

    Jdbi jdbi;
    Flyway flyway;
    Driver driver;
    Connection connection;
    DataSource dataSource;
    HikariDataSource pool;
}
