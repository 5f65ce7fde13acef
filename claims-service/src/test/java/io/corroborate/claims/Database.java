package io.corroborate.claims;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the test database directly, to prove what a request did or did not write. */
public final class Database {

    private Database() {
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

    /** Counts of every table a claim write touches, to compare before and after a refused request. */
    public static String snapshot() {
        return String.join(",",
                String.valueOf(count("SELECT count(*) FROM article")),
                String.valueOf(count("SELECT count(*) FROM claim")),
                String.valueOf(count("SELECT count(*) FROM attribution_hop")),
                String.valueOf(count("SELECT count(*) FROM claim_figure")),
                String.valueOf(count("SELECT count(*) FROM claim_relation")),
                String.valueOf(count("SELECT count(*) FROM review")),
                String.valueOf(count("SELECT count(*) FROM claim_change")),
                String.valueOf(count("SELECT count(*) FROM claim_event")),
                String.valueOf(count("SELECT coalesce(sum(version), 0) FROM claim")));
    }
}
