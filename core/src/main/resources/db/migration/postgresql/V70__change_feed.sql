-- The change feed: every insert or change of a paper takes the next number of one sequence, in the
-- ingest's own transaction, so each process's search index and the cluster's topic matching can follow
-- the store by number. (PostgreSQL's spelling of the sequence; h2/V70 is the same with NEXT VALUE FOR.)

CREATE SEQUENCE paper_change_seq;

ALTER TABLE papers ADD COLUMN change_seq BIGINT;

UPDATE papers SET change_seq = nextval('paper_change_seq');

CREATE INDEX papers_by_change ON papers (change_seq);

-- Named positions in the feed. 'topic-matching' is how far topic matching has gone, cluster-wide (it
-- starts at the end: papers stored before this migration were matched by the ingest that stored them).
-- 'change-order' holds no position: an ingest locks its row while it numbers its changes, so numbers
-- become visible in the order they are handed out (see JdbcChangeFeed).
CREATE TABLE feed_cursors (
  name    VARCHAR(64) PRIMARY KEY,
  applied BIGINT NOT NULL
);

INSERT INTO feed_cursors (name, applied) SELECT 'topic-matching', COALESCE(MAX(change_seq), 0) FROM papers;
INSERT INTO feed_cursors (name, applied) VALUES ('change-order', 0);
