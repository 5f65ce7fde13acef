package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.corroborate.gateway.common.Marking;

@Input("UpdateSourceInput")
@Description("The fields to change; a field left out (null) keeps its value.")
public record UpdateSourceInput(
        String name,
        SourceKind kind,
        String description,
        String country,
        String homepage,
        String wikidataId,
        Marking marking) {
}
