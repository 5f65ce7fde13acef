package io.corroborate.claims.claim;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;

import io.corroborate.claims.common.paging.OrderDirection;

@Description("Sort order of a claims page. Ties are broken by id, so pages never overlap.")
@Input("ClaimOrder")
public record ClaimOrder(
        @DefaultValue("CREATED_AT") ClaimOrderField field,
        @DefaultValue("DESC") OrderDirection direction) {

    public static final ClaimOrder NEWEST_FIRST = new ClaimOrder(ClaimOrderField.CREATED_AT, OrderDirection.DESC);

    public ClaimOrder {
        field = field == null ? ClaimOrderField.CREATED_AT : field;
        direction = direction == null ? OrderDirection.DESC : direction;
    }
}
