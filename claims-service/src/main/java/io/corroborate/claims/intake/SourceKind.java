package io.corroborate.claims.intake;

/** sources-service's kinds of source, for a suggested new source. */
public enum SourceKind {
    PERSON, OUTLET, ORGANIZATION, GOVERNMENT_BODY, INTELLIGENCE_AGENCY, THINK_TANK, ACADEMIC, SOCIAL_MEDIA_ACCOUNT
}
