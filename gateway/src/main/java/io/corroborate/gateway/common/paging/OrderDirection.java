package io.corroborate.gateway.common.paging;

public enum OrderDirection {
    ASC,
    DESC
}
