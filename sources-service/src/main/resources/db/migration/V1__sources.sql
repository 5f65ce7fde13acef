-- Sources, their names and aliases, and the typed affiliations between them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE source (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    kind         text        NOT NULL CHECK (kind IN ('PERSON', 'OUTLET', 'ORGANIZATION', 'GOVERNMENT_BODY',
                                                      'INTELLIGENCE_AGENCY', 'THINK_TANK', 'ACADEMIC',
                                                      'SOCIAL_MEDIA_ACCOUNT')),
    description  text        CHECK (length(description) <= 4000),
    country      text        CHECK (country ~ '^[A-Z]{2}$'),
    homepage     text        CHECK (length(homepage) <= 2000),
    wikidata_id  text        CHECK (wikidata_id ~ '^Q[0-9]+$'),
    marking      text        NOT NULL DEFAULT 'CLEAR' CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'RED')),
    -- A merged duplicate stays as a redirect to its survivor, so references to its id keep resolving.
    merged_into  uuid        REFERENCES source (id),
    version      integer     NOT NULL DEFAULT 0,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT source_not_merged_into_itself CHECK (merged_into <> id)
);

CREATE UNIQUE INDEX source_wikidata_unique ON source (wikidata_id) WHERE merged_into IS NULL;
CREATE INDEX source_created_idx ON source (created_at, id) WHERE merged_into IS NULL;

-- Every name a source goes by, the primary name included, normalized (case, accents, punctuation, a leading
-- "the"). One normalized name belongs to one source: that is how duplicates are caught.
CREATE TABLE source_name (
    normalized text    PRIMARY KEY,
    source_id  uuid    NOT NULL REFERENCES source (id),
    display    text    NOT NULL CHECK (length(display) BETWEEN 1 AND 300),
    is_primary boolean NOT NULL
);

CREATE INDEX source_name_source_idx ON source_name (source_id);
-- Fuzzy search ("Rossiiskaya Gazeta") and prefix search use trigrams.
CREATE INDEX source_name_trgm_idx ON source_name USING gin (normalized gin_trgm_ops);

CREATE TABLE affiliation (
    id               uuid PRIMARY KEY,
    source_id        uuid        NOT NULL REFERENCES source (id),
    target_source_id uuid        NOT NULL REFERENCES source (id),
    type             text        NOT NULL CHECK (type IN ('EMPLOYED_BY', 'SPEAKS_FOR', 'MEMBER_OF', 'PART_OF',
                                                          'OWNED_BY', 'STATE_CONTROLLED_BY')),
    valid_from       date,
    valid_to         date,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    CONSTRAINT affiliation_not_self CHECK (source_id <> target_source_id),
    CONSTRAINT affiliation_dates_ordered CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

CREATE UNIQUE INDEX affiliation_unique ON affiliation (source_id, target_source_id, type, coalesce(valid_from, DATE '0001-01-01'));
CREATE INDEX affiliation_target_idx ON affiliation (target_source_id);

-- Assessed reliability: append-only Admiralty grades, optionally scoped to a topic.
CREATE TABLE rating (
    id          uuid PRIMARY KEY,
    source_id   uuid        NOT NULL REFERENCES source (id),
    grade       text        NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    rationale   text        NOT NULL CHECK (length(rationale) BETWEEN 1 AND 4000),
    topic       text        CHECK (topic ~ '^[a-z0-9-]{1,50}$'),
    assessed_by text        NOT NULL,
    assessed_at timestamptz NOT NULL
);

CREATE INDEX rating_source_idx ON rating (source_id, assessed_at);
