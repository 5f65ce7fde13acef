-- Every page that shows sources asks which duplicates were merged into them (SourceRepository: a recursive query that
-- starts from merged_into IN (the page's sources) and follows merged_into down). Without an index each step read the
-- whole table: 230 ms for a page of 60 sources among 20,000 (docs/benchmarks.md, "A million claims"). Partial: only
-- merged duplicates have a merged_into, a handful of rows.
CREATE INDEX source_merged_into_idx ON source (merged_into) WHERE merged_into IS NOT NULL;
