package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("What a list of claims can be sorted by.")
public enum ClaimOrderField {
    CREATED_AT,
    CLAIMED_AT
}
