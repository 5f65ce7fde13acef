package io.corroborate.gateway.common.limits;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import io.corroborate.gateway.common.error.ErrorCode;

/**
 * SmallRye GraphQL batches {@code Source.reliability} across a request with the arguments of one of its occurrences,
 * so two occurrences with different arguments (aliases for two topics, say) cannot both be answered right. Such a
 * request is refused with VALIDATION before any resolver runs: one set of (topic, asOf) per request.
 */
@ApplicationScoped
public class ReliabilityArguments {

    // Before RequestErrorCodes (priority 2), which keeps the code this refusal carries.
    void install(@Observes @Priority(1) GraphQL.Builder builder) {
        var existing = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(existing, new Check()));
    }

    static final class Check extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            Set<String> argumentSets = new HashSet<>();
            collect(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName(), argumentSets,
                    new HashSet<>());
            if (argumentSets.size() > 1) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message("reliability: one request may ask Source.reliability with one set of arguments (topic,"
                                + " asOf) only; ask for other topics or days in separate requests")
                        .errorType(ErrorType.ValidationError)
                        .extensions(Map.of("code", ErrorCode.VALIDATION.name(), "field", "reliability"))
                        .build()));
            }
            return super.beginExecuteOperation(parameters, state);
        }

        private static void collect(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> argumentSets,
                Set<String> fragmentsSeen) {
            if (selections == null) {
                return;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    if (field.getName().equals("reliability")) {
                        argumentSets.add(AstPrinter.printAst(new Field("reliability", field.getArguments())));
                    }
                    collect(field.getSelectionSet(), fragments, argumentSets, fragmentsSeen);
                } else if (selection instanceof InlineFragment inline) {
                    collect(inline.getSelectionSet(), fragments, argumentSets, fragmentsSeen);
                } else if (selection instanceof FragmentSpread spread && fragmentsSeen.add(spread.getName())) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        collect(fragment.getSelectionSet(), fragments, argumentSets, fragmentsSeen);
                    }
                }
            }
        }
    }
}
