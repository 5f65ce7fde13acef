package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IntakeInput")
@Description("An article to read for attributed claims.")
public record IntakeInput(
        @NonNull @Description("The article's text, at most 200,000 characters; HTML is reduced to its text first (format HTML).") String text,
        @Description("TEXT (the default) or HTML.") IntakeFormat format,
        @NonNull @Description("The article's address (http or https).") String url,
        @Id @Description("The publisher, which becomes the last relay of every chain.") String publisherSourceId,
        @Description("Proposals of at least this confidence, from 0 to 1; 0.5 by default, which favours precision.") Double threshold) {
}
