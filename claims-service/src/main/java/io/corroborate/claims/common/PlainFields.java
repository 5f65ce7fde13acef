package io.corroborate.claims.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Plain fields, a record's components and an entity's public fields, are read directly. SmallRye GraphQL's own
 * fetcher for a plain field first rebuilds its request context, the selected fields as JSON included, for every field
 * of every object: on a page of 50 claims with their chains that was the largest single cost (docs/benchmarks.md).
 * Only fields SmallRye reads from a property are replaced (resolvers keep SmallRye's fetchers, and their context); a
 * class that reads the field through a getter keeps SmallRye's fetcher too; dates are written as SmallRye writes them.
 */
public final class PlainFields {

    private static final String SMALLRYE_FIELD_FETCHER = "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher";

    private PlainFields() {
    }

    /** The finished schema's code registry with its plain fields read directly (federation's fetchers included). */
    public static GraphQLCodeRegistry.Builder readDirectly(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder direct = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            type.getFieldDefinitions().forEach(field -> {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                if (fetcher.getClass().getName().equals(SMALLRYE_FIELD_FETCHER)) {
                    direct.dataFetcher(coordinates, new Reader(field.getName(), fetcher));
                }
            });
        }
        return direct;
    }

    /**
     * Reads the record component or public field of the field's name; any other class is left to SmallRye. A subclass
     * may find another member to read ({@link #readerOf}).
     */
    static class Reader implements DataFetcher<Object>, TrivialDataFetcher<Object> {

        final String name;
        private final DataFetcher<?> smallRye;
        private final Map<Class<?>, Optional<MethodHandle>> byClass = new ConcurrentHashMap<>();

        Reader(String name, DataFetcher<?> smallRye) {
            this.name = name;
            this.smallRye = smallRye;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return smallRye.get(environment);
            }
            Optional<MethodHandle> reader = byClass.computeIfAbsent(source.getClass(), this::readerOf);
            if (reader.isEmpty()) {
                return smallRye.get(environment);
            }
            try {
                return written(reader.get().invoke(source));
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        Optional<MethodHandle> readerOf(Class<?> type) {
            try {
                if (type.isRecord()) {
                    return Optional.of(MethodHandles.publicLookup().unreflect(type.getMethod(name)));
                }
                if (hasGetter(type)) {
                    return Optional.empty();
                }
                Field field = type.getField(name);
                return Modifier.isStatic(field.getModifiers()) ? Optional.empty()
                        : Optional.of(MethodHandles.publicLookup().unreflectGetter(field));
            } catch (NoSuchMethodException | NoSuchFieldException | IllegalAccessException e) {
                return Optional.empty();
            }
        }

        private boolean hasGetter(Class<?> type) {
            String property = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0
                        && (method.getName().equals("get" + property) || method.getName().equals("is" + property))) {
                    return true;
                }
            }
            return false;
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
