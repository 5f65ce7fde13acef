package io.corroborate.gateway.downstream;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.corroborate.gateway.common.limits.BatchedFieldArguments;
import io.smallrye.graphql.api.Context;

/**
 * What to ask a service for, read from what the client selected at run time: graphql-java's normalized operation has
 * fragments, inline fragments, {@code @include}/{@code @skip} and variables already applied. Aliases are dropped (the
 * gateway's records are read by field name, and graphql-java applies the client's aliases to them); a field the gateway
 * resolves itself is replaced by the keys it joins on ({@link JoinKeys}). A field that occurs in several places of the
 * operation, or several fields that one batched loader serves, get the union of their selections.
 */
@ApplicationScoped
public class Selections {

    private final Context context;
    private final Map<String, DownstreamSelection> joinKeys = new HashMap<>();

    public Selections(Context context, Instance<JoinKeys> declared) {
        this.context = context;
        declared.forEach(keys -> keys.byField().forEach((field, selection) -> {
            if (joinKeys.put(field, DownstreamSelection.parse(selection)) != null) {
                throw new IllegalStateException(field + " declares its join keys twice");
            }
        }));
    }

    /** The selection under the field being resolved, merged over every place it occurs in the operation. */
    public DownstreamSelection ofThisField() {
        DataFetchingEnvironment environment = environment();
        String type = ((GraphQLNamedType) environment.getParentType()).getName();
        return merged(environment, List.of(FieldCoordinates.coordinates(type, environment.getField().getName())));
    }

    /** The selections under every field of the operation that the gateway resolves into objects of this type. */
    public DownstreamSelection ofJoinsReturning(String typeName) {
        DataFetchingEnvironment environment = environment();
        List<FieldCoordinates> joins = normalized(environment).getCoordinatesToNormalizedFields().entries().stream()
                .filter(entry -> joinKeys.containsKey(coordinate(entry.getKey()))
                        && ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(entry.getValue().getType(environment.getGraphQLSchema())))
                                .getName().equals(typeName))
                .map(Map.Entry::getKey).distinct().toList();
        return merged(environment, joins);
    }

    private DataFetchingEnvironment environment() {
        return context.unwrap(DataFetchingEnvironment.class);
    }

    private DownstreamSelection merged(DataFetchingEnvironment environment, List<FieldCoordinates> fields) {
        ExecutableNormalizedOperation operation = normalized(environment);
        DownstreamSelection selection = new DownstreamSelection();
        for (FieldCoordinates field : fields) {
            operation.getCoordinatesToNormalizedFields().get(field).forEach(occurrence -> addChildren(occurrence, selection, environment.getGraphQLSchema()));
        }
        return selection;
    }

    /** Normalized once per request (by BatchedFieldArguments, before any resolver), kept in the GraphQL context. */
    private static ExecutableNormalizedOperation normalized(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().computeIfAbsent(BatchedFieldArguments.NORMALIZED_OPERATION,
                key -> ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(environment.getGraphQLSchema(),
                        environment.getOperationDefinition(), environment.getFragmentsByName(),
                        CoercedVariables.of(environment.getVariables())));
    }

    private void addChildren(ExecutableNormalizedField parent, DownstreamSelection into, GraphQLSchema schema) {
        for (ExecutableNormalizedField child : parent.getChildren()) {
            if (child.getName().startsWith("__")) {
                continue;
            }
            DownstreamSelection keys = joinKeysOf(child);
            if (keys != null) {
                into.merge(keys);
            } else {
                addChildren(child, into.field(child.getName() + arguments(child, schema)), schema);
            }
        }
    }

    private DownstreamSelection joinKeysOf(ExecutableNormalizedField field) {
        for (String type : field.getObjectTypeNames()) {
            DownstreamSelection keys = joinKeys.get(type + "." + field.getName());
            if (keys != null) {
                return keys;
            }
        }
        return null;
    }

    private static String coordinate(FieldCoordinates field) {
        return field.getTypeName() + "." + field.getFieldName();
    }

    /** The field's arguments, as the client gave them (variables resolved), written as literals. */
    private static String arguments(ExecutableNormalizedField field, GraphQLSchema schema) {
        if (field.getResolvedArguments().isEmpty()) {
            return "";
        }
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
        StringJoiner arguments = new StringJoiner(", ", "(", ")");
        field.getResolvedArguments().forEach((name, value) -> arguments.add(name + ": " + literal(value, definition.getArgument(name).getType())));
        return arguments.toString();
    }

    /** A coerced value written back as a literal of its input type. */
    private static String literal(Object value, GraphQLInputType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (value == null) {
            return "null";
        }
        if (unwrapped instanceof GraphQLList list) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            ((Collection<?>) value).forEach(item -> items.add(literal(item, (GraphQLInputType) list.getWrappedType())));
            return items.toString();
        }
        if (unwrapped instanceof GraphQLInputObjectType object) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            ((Map<?, ?>) value).forEach((name, field) -> fields.add(name + ": " + literal(field, object.getField((String) name).getType())));
            return fields.toString();
        }
        if (unwrapped instanceof GraphQLEnumType enumeration) {
            return String.valueOf(enumeration.serialize(value));
        }
        Object external = ((GraphQLScalarType) unwrapped).getCoercing().serialize(value, GraphQLContext.getDefault(), Locale.ROOT);
        return external instanceof String text ? AstPrinter.printAst(StringValue.of(text)) : String.valueOf(external);
    }
}
