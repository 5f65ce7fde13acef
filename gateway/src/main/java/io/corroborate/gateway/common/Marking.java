package io.corroborate.gateway.common;

import org.eclipse.microprofile.graphql.Description;

@Description("Traffic Light Protocol marking: who may see an item. Ordered from the most open to the most restricted.")
public enum Marking {
    @Description("May be shared without restriction.")
    CLEAR,
    @Description("May be shared within the community.")
    GREEN,
    @Description("Limited disclosure: the organisation and its clients.")
    AMBER,
    @Description("For the named recipients only.")
    RED
}
