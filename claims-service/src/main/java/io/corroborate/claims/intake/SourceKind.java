package io.corroborate.claims.intake;

import org.eclipse.microprofile.graphql.Description;

/** sources-service's kinds of source, for a suggested new source. */
@Description("The kind of a suggested new source, as sources-service has them.")
public enum SourceKind {
    PERSON, OUTLET, ORGANIZATION, GOVERNMENT_BODY, INTELLIGENCE_AGENCY, THINK_TANK, ACADEMIC, SOCIAL_MEDIA_ACCOUNT
}
