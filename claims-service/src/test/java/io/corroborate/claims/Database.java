package io.corroborate.claims;

import io.corroborate.devstack.test.TestDatabase;

/** The claims-service tables a write can touch, read directly to prove what a request did or did not write. */
public final class Database {

    private Database() {
    }

    public static long count(String sql) {
        return TestDatabase.count(sql);
    }

    /** Row counts of every table a claim write touches, and the sum of claim versions. */
    public static String snapshot() {
        return TestDatabase.snapshot("article", "claim", "attribution_hop", "claim_figure", "claim_relation", "review",
                "claim_change", "claim_event") + ",versions=" + count("SELECT coalesce(sum(version), 0) FROM claim");
    }
}
