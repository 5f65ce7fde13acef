package io.corroborate.gateway.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.annotation.JsonbProperty;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;

/**
 * A batched field with arguments whose value came with its item is read from the item; anything else stays with
 * SmallRye's fetcher. (A unit test: SmallRye's fetcher is a stub that names itself.)
 */
class CarriedFieldsTest {

    public record Source(String name, @JsonbProperty("reliability") String currentReliability) {
    }

    public record Article(String title) {
    }

    private final DataFetcher<String> smallRye = environment -> "asked SmallRye";
    private final DataFetcher<Object> reliability = new CarriedFields.Reader("reliability", smallRye);

    private static DataFetchingEnvironment on(Object item) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(item).build();
    }

    @Test
    void theValueAnItemBroughtFromDownstreamIsReadFromTheItem() throws Exception {
        assertEquals("B2", reliability.get(on(new Source("NK News", "B2"))));
    }

    @Test
    void anItemWithoutSuchAValueIsLeftToSmallRye() throws Exception {
        assertEquals("asked SmallRye", reliability.get(on(new Article("Seoul"))));
    }

    @Test
    void aComponentBoundToAnotherFieldIsNotRead() throws Exception {
        DataFetcher<Object> claims = new CarriedFields.Reader("claims", smallRye);

        assertEquals("asked SmallRye", claims.get(on(new Source("NK News", "B2"))));
    }
}
