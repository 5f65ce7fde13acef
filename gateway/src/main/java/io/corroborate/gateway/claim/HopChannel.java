package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How the origin made a claim.")
public enum HopChannel {
    STATEMENT,
    SOCIAL_MEDIA_POST,
    INTERVIEW,
    REPORT,
    DOCUMENT
}
