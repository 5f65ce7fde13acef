package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.corroborate.gateway.common.paging.OrderDirection;

@Input("ClaimOrder")
@Description("Sort order of a claims page (CREATED_AT descending when left out).")
public record ClaimOrder(ClaimOrderField field, OrderDirection direction) {
}
