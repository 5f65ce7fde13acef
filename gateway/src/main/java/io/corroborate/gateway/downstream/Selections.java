package io.corroborate.gateway.downstream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.Value;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.normalized.NormalizedInputValue;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
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

    private static final String NORMALIZED_OPERATION = Selections.class.getName();

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
            operation.getCoordinatesToNormalizedFields().get(field).forEach(occurrence -> addChildren(occurrence, selection));
        }
        return selection;
    }

    /** Normalized once per request, kept in the request's GraphQL context. */
    private static ExecutableNormalizedOperation normalized(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().computeIfAbsent(NORMALIZED_OPERATION,
                key -> ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(environment.getGraphQLSchema(),
                        environment.getOperationDefinition(), environment.getFragmentsByName(),
                        CoercedVariables.of(environment.getVariables())));
    }

    private void addChildren(ExecutableNormalizedField parent, DownstreamSelection into) {
        for (ExecutableNormalizedField child : parent.getChildren()) {
            if (child.getName().startsWith("__")) {
                continue;
            }
            DownstreamSelection keys = joinKeysOf(child);
            if (keys != null) {
                into.merge(keys);
            } else {
                addChildren(child, into.field(child.getName() + arguments(child)));
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

    private static String arguments(ExecutableNormalizedField field) {
        if (field.getNormalizedArguments().isEmpty()) {
            return "";
        }
        StringJoiner arguments = new StringJoiner(", ", "(", ")");
        field.getNormalizedArguments().forEach((name, value) -> arguments.add(name + ": " + literal(value)));
        return arguments.toString();
    }

    /** Normalized values are AST literals, maps of them for input objects, or lists. */
    private static String literal(Object value) {
        if (value instanceof NormalizedInputValue input) {
            return literal(input.getValue());
        }
        if (value instanceof Value<?> ast) {
            return AstPrinter.printAst(ast);
        }
        if (value instanceof Map<?, ?> object) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            object.forEach((name, field) -> fields.add(name + ": " + literal(field)));
            return fields.toString();
        }
        if (value instanceof List<?> list) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            list.forEach(item -> items.add(literal(item)));
            return items.toString();
        }
        if (value == null) {
            return "null";
        }
        throw new IllegalStateException("Not a normalized input value: " + value.getClass().getSimpleName());
    }
}
