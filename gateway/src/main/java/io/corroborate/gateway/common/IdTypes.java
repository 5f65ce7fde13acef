package io.corroborate.gateway.common;

import java.util.regex.Pattern;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Every list of ids is a list of {@code ID}, in arguments, input fields and fields alike: {@code sourceIds: [ID!]},
 * so that a variable declared {@code [ID!]} fits wherever ids are asked for. A single id carries {@code @Id}; a list
 * cannot, because SmallRye GraphQL then converts each element to the list's own class and fails. So lists are typed
 * here, once the schema is assembled: a String list whose name ends in "Ids" (or is "mergedFrom") becomes a list of ID.
 * (The services' federated subgraphs cannot be retyped so: SmallRye builds their entities and root Query on its own
 * copies of the types after this point. Their lists of ids stay [String!]; this public schema is the contract.)
 */
public final class IdTypes {

    private static final Pattern ID_LIST = Pattern.compile("\\w*Ids|mergedFrom");

    private IdTypes() {
    }

    public static void typeIdLists(GraphQLSchema.Builder builder) {
        GraphQLSchema assembled = builder.build();
        GraphQLSchema typed = SchemaTransformer.transformSchema(assembled, new IdListTyping());
        builder.query(typed.getQueryType());
        if (typed.getMutationType() != null) {
            builder.mutation(typed.getMutationType());
        }
        builder.clearAdditionalTypes().additionalTypes(typed.getAdditionalTypes()).codeRegistry(typed.getCodeRegistry());
    }

    private static final class IdListTyping extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLArgument(GraphQLArgument node, TraverserContext<GraphQLSchemaElement> context) {
            return retype(node.getName(), node.getType(), context,
                    type -> node.transform(argument -> argument.type((graphql.schema.GraphQLInputType) type)));
        }

        @Override
        public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node,
                TraverserContext<GraphQLSchemaElement> context) {
            return retype(node.getName(), node.getType(), context,
                    type -> node.transform(field -> field.type((graphql.schema.GraphQLInputType) type)));
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node,
                TraverserContext<GraphQLSchemaElement> context) {
            return retype(node.getName(), node.getType(), context,
                    type -> node.transform(field -> field.type((graphql.schema.GraphQLOutputType) type)));
        }

        private TraversalControl retype(String name, GraphQLType type, TraverserContext<GraphQLSchemaElement> context,
                java.util.function.Function<GraphQLType, GraphQLSchemaElement> withType) {
            if (ID_LIST.matcher(name).matches()) {
                GraphQLType idList = idList(type);
                if (idList != null) {
                    return changeNode(context, withType.apply(idList));
                }
            }
            return TraversalControl.CONTINUE;
        }

        /** The same wrapping with ID for String inside a list, or null when the type is no list of String. */
        private static GraphQLType idList(GraphQLType type) {
            if (type instanceof GraphQLNonNull nonNull) {
                GraphQLType inner = idList(nonNull.getWrappedType());
                return inner == null ? null : GraphQLNonNull.nonNull(inner);
            }
            if (type instanceof GraphQLList list) {
                GraphQLType element = list.getWrappedType();
                GraphQLType bare = element instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : element;
                if (bare == Scalars.GraphQLString || (bare instanceof graphql.schema.GraphQLScalarType scalar
                        && scalar.getName().equals("String"))) {
                    return GraphQLList.list(element instanceof GraphQLNonNull ? GraphQLNonNull.nonNull(Scalars.GraphQLID) : Scalars.GraphQLID);
                }
            }
            return null;
        }
    }
}
