package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.corroborate.sources.source.SourceName;

/**
 * [H] Look-alike names: every name gets its Unicode TR39 confusable skeleton, and a new name whose skeleton another
 * source already holds is refused as taken. The skeleton needs ICU, hence a Java migration; it reuses
 * {@link SourceName#skeleton} so that stored and new skeletons are computed alike (a later change to that function
 * needs a migration that recomputes the column).
 * <p>
 * The index is not unique: names stored before this rule may already include look-alike pairs, which analysts resolve
 * by merging; the service checks new names against it.
 */
public class V4__name_skeletons extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE source_name ADD COLUMN skeleton text");
        }
        try (Statement select = connection.createStatement();
                ResultSet names = select.executeQuery("SELECT normalized FROM source_name");
                PreparedStatement update = connection.prepareStatement("UPDATE source_name SET skeleton = ? WHERE normalized = ?")) {
            while (names.next()) {
                String normalized = names.getString(1);
                update.setString(1, SourceName.skeleton(normalized));
                update.setString(2, normalized);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE source_name ALTER COLUMN skeleton SET NOT NULL");
            statement.execute("CREATE INDEX source_name_skeleton_idx ON source_name (skeleton)");
        }
    }
}
