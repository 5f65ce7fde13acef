-- What analysts concluded about claims, and what changed.

CREATE TABLE claim_relation (
    id            uuid PRIMARY KEY,
    from_claim_id uuid        NOT NULL REFERENCES claim (id),
    to_claim_id   uuid        NOT NULL REFERENCES claim (id),
    type          text        NOT NULL CHECK (type IN ('SUPPORTS', 'CONTRADICTS', 'DUPLICATES')),
    rationale     text        CHECK (length(rationale) <= 2000),
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    CONSTRAINT claim_relation_not_self CHECK (from_claim_id <> to_claim_id),
    CONSTRAINT claim_relation_unique UNIQUE (from_claim_id, to_claim_id, type)
);

CREATE INDEX claim_relation_to_idx ON claim_relation (to_claim_id);

-- Reviews are append-only: the newest sets the claim's status and credibility.
CREATE TABLE review (
    id          uuid PRIMARY KEY,
    claim_id    uuid        NOT NULL REFERENCES claim (id),
    status      text        NOT NULL
                CHECK (status IN ('UNVERIFIED', 'UNDER_REVIEW', 'CONFIRMED', 'REFUTED', 'MISLEADING', 'UNPROVEN')),
    credibility integer     NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    rationale   text        NOT NULL CHECK (length(rationale) BETWEEN 1 AND 4000),
    reviewer    text        NOT NULL,
    reviewed_at timestamptz NOT NULL
);

CREATE INDEX review_claim_idx ON review (claim_id, reviewed_at);

-- One row per changed field, old and new values rendered as text.
CREATE TABLE claim_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id   uuid        NOT NULL REFERENCES claim (id),
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL,
    field      text        NOT NULL,
    old_value  text,
    new_value  text
);

CREATE INDEX claim_change_claim_idx ON claim_change (claim_id, id);
