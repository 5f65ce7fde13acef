-- [H] sources-service keeps each source's track record per clearance tier, so the feed must say when a claim's
-- marking changes; it must also say when its topics change, or per-topic records go stale. Such an update now
-- appends MARKING_CHANGED or TOPICS_CHANGED (ATTRIBUTION_CHANGED takes precedence when the chain changed too:
-- every event carries the claim's whole current state, so one event per update is enough).

ALTER TABLE claim_event DROP CONSTRAINT claim_event_type_check;
ALTER TABLE claim_event ADD CONSTRAINT claim_event_type_check
    CHECK (type IN ('CREATED', 'ATTRIBUTION_CHANGED', 'STATUS_CHANGED', 'DELETED', 'MARKING_CHANGED', 'TOPICS_CHANGED'));

-- Claims whose marking or topics changed before this release have no event saying so: append one now, so that a
-- consumer (or a replay) ends with every claim as it is.
INSERT INTO claim_event (claim_id, type, origin_source_id, relay_source_ids, topics, old_status, new_status, marking, occurred_at)
SELECT c.id,
       CASE WHEN last.marking <> c.marking THEN 'MARKING_CHANGED' ELSE 'TOPICS_CHANGED' END,
       last.origin_source_id, last.relay_source_ids, c.topics, c.status, c.status, c.marking, now()
FROM claim c
JOIN LATERAL (SELECT * FROM claim_event e WHERE e.claim_id = c.id ORDER BY e.position DESC LIMIT 1) last ON true
WHERE c.deleted_at IS NULL AND (last.marking <> c.marking OR last.topics <> c.topics)
ORDER BY c.created_at, c.id;
