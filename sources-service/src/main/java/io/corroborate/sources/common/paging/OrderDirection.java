package io.corroborate.sources.common.paging;

public enum OrderDirection {
    ASC,
    DESC
}
