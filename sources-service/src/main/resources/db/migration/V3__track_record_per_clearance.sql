-- [H] A caller sees a computed reliability built only from the claims their clearance covers. The track record is
-- therefore kept per clearance tier: the snapshot of tier T counts the claims marked T or below
-- (CLEAR ⊂ GREEN ⊂ AMBER ⊂ RED), and a reader is answered from the tier of their own clearance.
--
-- Records built before this migration do not know their claims' markings, so they cannot be split into tiers.
-- They are dropped and the consumer replays claims-service's feed from position 0, which reproduces every
-- snapshot exactly (snapshot times come from the events, not the clock).

TRUNCATE claim_outcome, reliability_snapshot;
UPDATE feed_cursor SET position = 0, cursor = NULL, updated_at = now() WHERE feed = 'claims';

-- The claim's marking as the feed last reported it.
ALTER TABLE claim_outcome
    ADD COLUMN marking text NOT NULL CHECK (marking IN ('CLEAR', 'GREEN', 'AMBER', 'RED'));

-- The highest marking counted in the snapshot.
ALTER TABLE reliability_snapshot
    ADD COLUMN tier text NOT NULL CHECK (tier IN ('CLEAR', 'GREEN', 'AMBER', 'RED'));

DROP INDEX reliability_snapshot_lookup_idx;
CREATE INDEX reliability_snapshot_lookup_idx ON reliability_snapshot (source_id, tier, topic, computed_at DESC, id DESC);
