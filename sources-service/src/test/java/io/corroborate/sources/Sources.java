package io.corroborate.sources;

import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.corroborate.devstack.test.GraphQLClient;

/** Sources named in the seed article (kept outside the repository), created through the API with a unique suffix per test. */
public final class Sources {

    public static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");
    public static final GraphQLClient EDITOR = GraphQLClient.as("ed", "editor");
    public static final GraphQLClient ADMIN = GraphQLClient.as("ada", "admin");
    public static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");

    private Sources() {
    }

    /** A suffix that keeps names unique across tests sharing one database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String create(String name, String kind, Object... more) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "kind", kind));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return ANALYST.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }", Map.of("i", input))
                .body("data.createSource.id", notNullValue())
                .extract().path("data.createSource.id");
    }

    public static void affiliate(String from, String to, String type, String validFrom, String validTo) {
        Map<String, Object> input = new HashMap<>(Map.of("sourceId", from, "targetSourceId", to, "type", type));
        if (validFrom != null) {
            input.put("validFrom", validFrom);
        }
        if (validTo != null) {
            input.put("validTo", validTo);
        }
        ANALYST.execute("mutation($i: AffiliateInput!) { affiliate(input: $i) { id } }", Map.of("i", input))
                .body("errors", org.hamcrest.Matchers.nullValue());
    }

    public static List<String> ids(String... ids) {
        return List.of(ids);
    }
}
