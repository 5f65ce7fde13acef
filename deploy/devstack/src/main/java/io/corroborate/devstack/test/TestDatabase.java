package io.corroborate.devstack.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the database of the service under test directly, to prove what a request did or did not write. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long count(String sql) {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of the tables, to compare before and after a refused request. */
    public static String snapshot(String... tables) {
        return Arrays.stream(tables).map(table -> table + "=" + count("SELECT count(*) FROM " + table))
                .collect(Collectors.joining(","));
    }
}
