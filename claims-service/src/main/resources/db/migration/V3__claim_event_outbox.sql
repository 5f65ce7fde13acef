-- The transactional outbox: every change to a claim's status or attribution appends one event here,
-- in the same transaction as the change. Events are kept so that consumers can replay from position 0.
-- Writers take a transaction-level advisory lock before inserting, so positions become visible in
-- increasing order and a consumer reading "after position N" never skips an event committed late.

CREATE TABLE claim_event (
    position          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id          uuid        NOT NULL REFERENCES claim (id),
    type              text        NOT NULL CHECK (type IN ('CREATED', 'ATTRIBUTION_CHANGED', 'STATUS_CHANGED', 'DELETED')),
    origin_source_id  uuid        NOT NULL,
    relay_source_ids  uuid[]      NOT NULL,
    topics            text[]      NOT NULL,
    old_status        text,
    new_status        text        NOT NULL,
    marking           text        NOT NULL,
    occurred_at       timestamptz NOT NULL
);
