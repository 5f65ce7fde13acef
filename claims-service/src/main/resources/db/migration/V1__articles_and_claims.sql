-- Articles, claims and their attribution chains.
-- Source ids are references into sources-service; no foreign key can cross that boundary.

CREATE TABLE article (
    id                  uuid PRIMARY KEY,
    url                 text        NOT NULL,
    title               text        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    publisher_source_id uuid,
    published_at        timestamptz,
    language            text        CHECK (language ~ '^[a-z]{2,3}$'),
    retrieved_at        timestamptz,
    marking             text        NOT NULL DEFAULT 'CLEAR' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'RED')),
    version             integer     NOT NULL DEFAULT 0,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    -- The service normalizes URLs before storing them, so equality here is equality of articles.
    CONSTRAINT article_url_unique UNIQUE (url)
);

-- Keyset pagination walks (created_at, id).
CREATE INDEX article_created_idx ON article (created_at, id);
CREATE INDEX article_publisher_idx ON article (publisher_source_id);

CREATE TABLE claim (
    id            uuid PRIMARY KEY,
    article_id    uuid        REFERENCES article (id),
    statement     text        NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000),
    quote         text        CHECK (length(quote) <= 4000),
    claimed_at    timestamptz NOT NULL,
    -- Normalized tags; the service lower-cases and de-duplicates them.
    topics        text[]      NOT NULL DEFAULT '{}',
    status        text        NOT NULL DEFAULT 'UNVERIFIED'
                  CHECK (status IN ('UNVERIFIED', 'UNDER_REVIEW', 'CONFIRMED', 'REFUTED', 'MISLEADING', 'UNPROVEN')),
    -- Admiralty information credibility: 1 confirmed ... 6 truth cannot be judged.
    credibility   integer     NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
    marking       text        NOT NULL DEFAULT 'CLEAR' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'RED')),
    version       integer     NOT NULL DEFAULT 0,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    -- Soft delete: a deleted claim stays for history and the event feed, and is hidden from reads.
    deleted_at    timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (
                      to_tsvector('english', statement || ' ' || coalesce(quote, ''))) STORED
);

CREATE INDEX claim_search_idx ON claim USING gin (search_vector);
CREATE INDEX claim_topics_idx ON claim USING gin (topics);
CREATE INDEX claim_created_idx ON claim (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX claim_claimed_idx ON claim (claimed_at, id) WHERE deleted_at IS NULL;
CREATE INDEX claim_article_idx ON claim (article_id);

-- Structured figures such as "killed, 1000, persons".
CREATE TABLE claim_figure (
    claim_id uuid          NOT NULL REFERENCES claim (id),
    position integer       NOT NULL,
    quantity text          NOT NULL CHECK (length(quantity) BETWEEN 1 AND 100),
    value    numeric(20,4) NOT NULL,
    unit     text          NOT NULL CHECK (length(unit) BETWEEN 1 AND 50),
    PRIMARY KEY (claim_id, position)
);

-- The attribution chain: position 0 is the origin, every later position a relay.
CREATE TABLE attribution_hop (
    claim_id  uuid    NOT NULL REFERENCES claim (id),
    position  integer NOT NULL CHECK (position >= 0),
    source_id uuid    NOT NULL,
    verb      text    CHECK (verb IN ('QUOTED', 'REPORTED', 'CITED', 'SUMMARIZED')),
    channel   text    CHECK (channel IN ('STATEMENT', 'SOCIAL_MEDIA_POST', 'INTERVIEW', 'REPORT', 'DOCUMENT')),
    excerpt   text    CHECK (length(excerpt) <= 2000),
    hop_date  date,
    PRIMARY KEY (claim_id, position),
    -- The origin says how it spoke (channel); a relay says how it passed the claim on (verb).
    CONSTRAINT hop_origin_has_channel CHECK (position > 0 OR (channel IS NOT NULL AND verb IS NULL)),
    CONSTRAINT hop_relay_has_verb CHECK (position = 0 OR verb IS NOT NULL)
);

-- claimsBySources and the sourceIds filter look hops up by source.
CREATE INDEX attribution_hop_source_idx ON attribution_hop (source_id, position);
