-- Issue 16: a paper's arXiv categories, the union of what its sightings gave (an RSS `cross` item adds
-- the category it is cross-listed into), joined by single spaces; empty when no source gave one.

ALTER TABLE papers ADD COLUMN categories VARCHAR(1000) DEFAULT '' NOT NULL;
