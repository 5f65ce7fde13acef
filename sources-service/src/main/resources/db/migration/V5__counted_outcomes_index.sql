-- A track record counts only verdicts (CONFIRMED, REFUTED, MISLEADING), a small part of all claims: most are never
-- reviewed. Recomputing a record reads only these rows, so its cost follows the source's verdicts, not its claims
-- (at a million claims a popular origin has a hundred thousand outcomes and some hundreds of verdicts).
CREATE INDEX claim_outcome_counted_idx ON claim_outcome (origin_source_id)
    WHERE NOT deleted AND status IN ('CONFIRMED', 'REFUTED', 'MISLEADING');
