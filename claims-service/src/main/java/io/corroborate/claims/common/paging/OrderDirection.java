package io.corroborate.claims.common.paging;

public enum OrderDirection {
    ASC,
    DESC
}
