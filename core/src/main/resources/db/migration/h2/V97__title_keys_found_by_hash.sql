-- Papers are found by title through a 64-bit hash of their title key (the first eight bytes of the key's
-- SHA-256 as UTF-8, big-endian; TitleHashes computes the same in Java) instead of through the key itself.
-- Keys arrive in random order, so each commit of an ingest rewrote every page of the key index that its
-- papers touched (WRITE_DELAY=0 writes them at each commit), and the long keys made those pages many and
-- large: on one table, that index took H2 from about 110,000 papers stored a second to 22,000-28,000, and
-- to 13,000-15,000 once it held 300,000 keys. A lookup compares the keys of the rows the hash finds.
-- (postgresql/V97 is the same with PostgreSQL's spelling of the hash.)

ALTER TABLE papers ADD COLUMN title_hash BIGINT;

UPDATE papers SET title_hash = CAST(SUBSTRING(HASH('SHA-256', title_key) FROM 1 FOR 8) AS BIGINT);

ALTER TABLE papers ALTER COLUMN title_hash SET NOT NULL;

DROP INDEX papers_title_key;

CREATE INDEX papers_title_hash ON papers (title_hash);
