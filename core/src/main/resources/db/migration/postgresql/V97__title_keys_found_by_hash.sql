-- Papers are found by title through a 64-bit hash of their title key: see h2/V97, which this spells for
-- PostgreSQL (the first eight bytes of the key's SHA-256 as UTF-8, big-endian, as TitleHashes computes).

ALTER TABLE papers ADD COLUMN title_hash BIGINT;

UPDATE papers
SET title_hash = ('x' || encode(substring(sha256(convert_to(title_key, 'UTF8')) FROM 1 FOR 8), 'hex'))::bit(64)::bigint;

ALTER TABLE papers ALTER COLUMN title_hash SET NOT NULL;

DROP INDEX papers_title_key;

CREATE INDEX papers_title_hash ON papers (title_hash);
