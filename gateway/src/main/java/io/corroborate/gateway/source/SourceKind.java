package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of source: a person, an outlet, an organisation, a government body, an agency, a think tank, an academic or a social-media account.")
public enum SourceKind {
    PERSON,
    OUTLET,
    ORGANIZATION,
    GOVERNMENT_BODY,
    INTELLIGENCE_AGENCY,
    THINK_TANK,
    ACADEMIC,
    SOCIAL_MEDIA_ACCOUNT
}
