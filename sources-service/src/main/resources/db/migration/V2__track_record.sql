-- The track record learned from claims-service's event feed.

-- Where the feed consumer is. Updated in the same transaction as the effects of the events it covers,
-- so that each event is applied exactly once even though delivery is at least once.
CREATE TABLE feed_cursor (
    feed        text PRIMARY KEY,
    position    bigint      NOT NULL,
    cursor      text,
    updated_at  timestamptz NOT NULL
);

-- The latest known state of each claim, so a changed verdict can be reversed before the new one counts.
CREATE TABLE claim_outcome (
    claim_id         uuid PRIMARY KEY,
    origin_source_id uuid        NOT NULL,
    relay_source_ids uuid[]      NOT NULL,
    topics           text[]      NOT NULL,
    status           text        NOT NULL,
    deleted          boolean     NOT NULL,
    event_position   bigint      NOT NULL,
    occurred_at      timestamptz NOT NULL
);

CREATE INDEX claim_outcome_origin_idx ON claim_outcome (origin_source_id);
CREATE INDEX claim_outcome_relays_idx ON claim_outcome USING gin (relay_source_ids);

-- Every recomputation of a source's computed reliability, overall (topic '') and per topic, kept so that
-- reliability(asOf) answers what was known at any moment.
CREATE TABLE reliability_snapshot (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id    uuid          NOT NULL,
    topic        text          NOT NULL,
    computed_at  timestamptz   NOT NULL,
    confirmed    integer       NOT NULL,
    refuted      integer       NOT NULL,
    misleading   integer       NOT NULL,
    score        double precision NOT NULL,
    lower_bound  double precision NOT NULL,
    upper_bound  double precision NOT NULL,
    grade        text          NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F'))
);

CREATE INDEX reliability_snapshot_lookup_idx ON reliability_snapshot (source_id, topic, computed_at DESC, id DESC);

-- The consumer of claims-service's feed starts from the beginning.
INSERT INTO feed_cursor (feed, position, cursor, updated_at) VALUES ('claims', 0, NULL, now());
