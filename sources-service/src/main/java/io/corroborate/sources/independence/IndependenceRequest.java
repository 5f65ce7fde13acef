package io.corroborate.sources.independence;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IndependenceRequest")
@Description("One question for independenceGroupsBatch: which of these sources are independent on that day?")
public record IndependenceRequest(@NonNull List<@NonNull String> sourceIds,
        @Description("The day that counts (affiliations in force then); today when left out.") LocalDate asOf) {
}
