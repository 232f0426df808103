-- The ids other than arXiv's (DOI, PMID, Semantic Scholar) that merge papers without an arXiv id move to a table
-- of their own, which holds only the ids papers have. Most papers have none of them, yet as indexed columns of
-- papers each new row added an entry to three indexes, and every commit wrote them. A paper's row keeps the
-- columns; this table only finds papers by them, and an id a paper no longer has may stay (the ingest matches
-- the papers it finds by their rows).
CREATE TABLE paper_other_ids (
  id_value VARCHAR(400) NOT NULL,
  paper_id BIGINT NOT NULL,
  CONSTRAINT paper_other_ids_once PRIMARY KEY (id_value, paper_id)
);

INSERT INTO paper_other_ids (id_value, paper_id) SELECT 'doi:' || doi, id FROM papers WHERE doi IS NOT NULL;
INSERT INTO paper_other_ids (id_value, paper_id) SELECT 'pmid:' || pmid, id FROM papers WHERE pmid IS NOT NULL;
INSERT INTO paper_other_ids (id_value, paper_id) SELECT 's2:' || s2_id, id FROM papers WHERE s2_id IS NOT NULL;

DROP INDEX papers_doi;
DROP INDEX papers_pmid;
DROP INDEX papers_s2_id;

-- Every sighting of a capture is stamped with the capture's time, so the sightings since a moment are those of the
-- captures since then, found through the (capture_id, position) index: a second index on the time was one more
-- entry to write for every sighting. Together with the three above, these were about two fifths of the time an
-- ingest spent storing papers in H2.
DROP INDEX sightings_by_time;
