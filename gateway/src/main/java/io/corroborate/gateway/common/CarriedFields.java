package io.corroborate.gateway.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

import jakarta.json.bind.annotation.JsonbProperty;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;

/**
 * A field whose value came from downstream with its item is read from the item. Such a field is declared by a batched
 * resolver with arguments (such as {@code Source.reliability(topic, asOf)}, whose arguments travel downstream with the
 * item's selection), and SmallRye GraphQL runs its per-item fetcher for every item of the page: it rebuilds its request
 * context, the selected fields as JSON included, each time. For that one field on a page of 50 claims this was a tenth
 * of the gateway's CPU and over a quarter of its allocations (docs/benchmarks.md). The item's record keeps the value
 * in a component bound to the field's name in the downstream answer ({@code @JsonbProperty}); an item without one is
 * left to SmallRye. Only the gateway carries values from downstream, so the services have no such step.
 */
public final class CarriedFields {

    private CarriedFields() {
    }

    /** Puts a reader of carried values before SmallRye's fetcher of every batched field with arguments. */
    public static GraphQLCodeRegistry.Builder readFromItems(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        BatchedFields.forEachBatchedField(schema, (type, field, smallRye) -> {
            if (!field.getArguments().isEmpty()) {
                registry.dataFetcher(FieldCoordinates.coordinates(type, field), new Reader(field.getName(), smallRye));
            }
        });
        return registry;
    }

    /** Reads the record component bound to the field's name; an item without one is left to SmallRye. */
    static final class Reader extends PlainFields.Reader {

        Reader(String name, DataFetcher<?> smallRye) {
            super(name, smallRye);
        }

        @Override
        Optional<MethodHandle> readerOf(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                // JSON-B's annotation does not target record components; Java puts it on the accessor.
                JsonbProperty bound = component.getAccessor().getAnnotation(JsonbProperty.class);
                if (bound != null && bound.value().equals(name)) {
                    try {
                        return Optional.of(MethodHandles.publicLookup().unreflect(component.getAccessor()));
                    } catch (IllegalAccessException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }
}
