package io.corroborate.devstack.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

import org.postgresql.Driver;
import java.util.UUID;
import java.util.regex.Pattern;

/** Where a PostgreSQL server answers, and the administrative statements the suite runs against it. */
public record PostgresServer(String host, int port, String user, String password) {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** True when a connection to the maintenance database succeeds with these credentials. */
    public boolean isUsable() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates a database whose name starts with the prefix and ends with a random suffix, and returns its name. */
    public String createFreshDatabase(String prefix) {
        String name = requireSafe(prefix.toLowerCase(Locale.ROOT) + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** Creates the database unless it already exists (the launcher keeps its data between runs). */
    public void ensureDatabase(String name) {
        requireSafe(name);
        try (Connection connection = connect("postgres");
             var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            check.setString(1, name);
            if (!check.executeQuery().next()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + host + ":" + port, e);
        }
    }

    /** Drops the database, closing any connection still open on it. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + requireSafe(name) + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " refused: " + sql, e);
        }
    }

    /**
     * A JDBC connection through the PostgreSQL driver itself, not DriverManager: DriverManager only sees drivers of
     * the system class loader, which the launcher (run by Maven) is not on.
     */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("loginTimeout", "3");
        return new Driver().connect(jdbcUrl(database), properties);
    }

    private static String requireSafe(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        return name;
    }
}
