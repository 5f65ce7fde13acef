package io.corroborate.gateway.common.paging;

import org.eclipse.microprofile.graphql.Description;

@Description("Ascending or descending.")
public enum OrderDirection {
    ASC,
    DESC
}
