-- Issue 16: the versions arXiv announces, the ids other sources give (used to merge papers without an
-- arXiv id), the paper's own link, and which source each best-known field came from, so that the merge
-- can pick the most authoritative value whatever order the listings arrive in.
-- Authority: 0 arXiv API, 1 arXiv RSS/RDF, 2 Hugging Face JSON, 3 other feeds, 4 page text, 9 unknown
-- (rows stored before this migration). Date class: 0 arXiv's own date, 1 announcement, 2 sighting, 9 unknown.

ALTER TABLE papers ADD COLUMN latest_version INTEGER;
ALTER TABLE papers ADD COLUMN version_date DATE;
ALTER TABLE papers ADD COLUMN doi VARCHAR(300);
ALTER TABLE papers ADD COLUMN pmid VARCHAR(32);
ALTER TABLE papers ADD COLUMN s2_id VARCHAR(64);
ALTER TABLE papers ADD COLUMN link VARCHAR(2000);
ALTER TABLE papers ADD COLUMN title_authority SMALLINT DEFAULT 9 NOT NULL;
ALTER TABLE papers ADD COLUMN authors_authority SMALLINT DEFAULT 9 NOT NULL;
ALTER TABLE papers ADD COLUMN organization_authority SMALLINT DEFAULT 9 NOT NULL;
ALTER TABLE papers ADD COLUMN abstract_authority SMALLINT DEFAULT 9 NOT NULL;
ALTER TABLE papers ADD COLUMN published_class SMALLINT DEFAULT 9 NOT NULL;
ALTER TABLE papers ADD COLUMN link_rank SMALLINT DEFAULT 9 NOT NULL;

CREATE INDEX papers_doi ON papers (doi);
CREATE INDEX papers_pmid ON papers (pmid);
CREATE INDEX papers_s2_id ON papers (s2_id);

ALTER TABLE sightings ADD COLUMN version INTEGER;
