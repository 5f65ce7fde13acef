package io.corroborate.devstack.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database of the service under test, read directly to prove what a request did or did not write, and written
 * directly where a test needs more rows than requests could make in time.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long count(String sql) {
        return Long.parseLong(text(sql));
    }

    /** The first column of the first row, as text. */
    public static String text(String sql) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements that answer no rows. */
    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** Row counts of the tables, to compare before and after a refused request. */
    public static String snapshot(String... tables) {
        return Arrays.stream(tables).map(table -> table + "=" + count("SELECT count(*) FROM " + table))
                .collect(Collectors.joining(","));
    }
}
