-- No query reads papers by updated_at, yet every ingest kept this index: an entry added for each new paper,
-- and removed and added again for each paper it changed (updated_at changes every time). Dropping it makes
-- each paper row one index cheaper to write.

DROP INDEX papers_updated_at;
