package net.adtelligent.bootstrap.archfixture;

import javax.sql.DataSource;

/** Deliberately bad: bootstrap wires the postgres adapter by settings, it never holds JDBC itself. */
public final class BootstrapUsingJdbc {

    DataSource dataSource;
}
