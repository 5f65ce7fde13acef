package io.corroborate.gateway.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.TrivialDataFetcher;

/**
 * The gateway's records are read field by field with their accessors, directly. SmallRye GraphQL's own fetcher for a
 * plain field first rebuilds its request context, the selected fields as JSON included, for every field of every
 * object: on a page of 50 claims with their chains that was most of the gateway's CPU (docs/benchmarks.md). Only
 * fields SmallRye reads from a property are replaced (resolvers keep SmallRye's fetchers, and their context); dates
 * are written as SmallRye writes them.
 */
@ApplicationScoped
public class RecordFields {

    private static final String SMALLRYE_FIELD_FETCHER = "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher";

    void readRecordsDirectly(@Observes GraphQLSchema.Builder builder) {
        GraphQLSchema assembled = builder.build();
        GraphQLCodeRegistry registry = assembled.getCodeRegistry();
        GraphQLCodeRegistry.Builder direct = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLObjectType type : assembled.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            type.getFieldDefinitions().forEach(field -> {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                if (fetcher.getClass().getName().equals(SMALLRYE_FIELD_FETCHER)) {
                    direct.dataFetcher(coordinates, new Accessor(field.getName(), fetcher));
                }
            });
        }
        builder.codeRegistry(direct.build());
    }

    /** Calls the record's accessor of the field's name; a class without one is left to SmallRye's fetcher. */
    static final class Accessor implements DataFetcher<Object>, TrivialDataFetcher<Object> {

        private final String name;
        private final DataFetcher<?> smallRye;
        private final Map<Class<?>, Optional<MethodHandle>> byClass = new ConcurrentHashMap<>();

        Accessor(String name, DataFetcher<?> smallRye) {
            this.name = name;
            this.smallRye = smallRye;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            Optional<MethodHandle> accessor = byClass.computeIfAbsent(source.getClass(), this::accessorOf);
            if (accessor.isEmpty()) {
                return smallRye.get(environment);
            }
            try {
                return written(accessor.get().invoke(source));
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private Optional<MethodHandle> accessorOf(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            try {
                Method method = type.getMethod(name);
                return Optional.of(MethodHandles.publicLookup().unreflect(method));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                return Optional.empty();
            }
        }

        /** Dates as SmallRye's transformation writes them (ISO, seconds always shown). */
        private static Object written(Object value) {
            if (value instanceof OffsetDateTime time) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
            }
            if (value instanceof LocalDate date) {
                return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }
            return value;
        }
    }
}
