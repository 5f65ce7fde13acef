package io.corroborate.gateway.source;

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
