-- A claims page first counts its matches, stopping at 10,001 (ClaimRepository.page); a list of at most 10,000 is then
-- read through its filters' indexes and sorted. Status and credibility had none: a rare verdict (CONFIRMED is a few
-- claims in a thousand) meant reading the whole table, twice. Partial like the ordering indexes: reads never see
-- deleted claims.
CREATE INDEX claim_status_idx ON claim (status) WHERE deleted_at IS NULL;
CREATE INDEX claim_credibility_idx ON claim (credibility) WHERE deleted_at IS NULL;
