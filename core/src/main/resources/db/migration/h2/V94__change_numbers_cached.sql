-- H2 writes a sequence's state, and commits the whole store to do so (with every page the open transaction
-- has changed), each time it hands out the last number of the sequence's cache: 32 numbers by default. The
-- change numbers and the ids of papers and sightings each come from one, so an ingest of 500 papers wrote
-- the store about 45 times before its own commit: in a profile, most of the ingest's time.
-- H2 keeps one cache per sequence for the whole database, shared by every session, so numbers stay in the
-- order they are handed out (which ChangeNumbers and the merge's oldest-id-first rule rely on) whatever its
-- size. A clean close keeps the next number; after a crash numbering resumes after the cached block, a gap
-- and never a number handed out twice. Change numbers are never shown (the feed allows gaps): a large
-- block. Ids may be shown: a block that costs one write of the store per 10,000 papers at most.
-- (PostgreSQL's caches are per session and would break that order: its sequences keep none.)

ALTER SEQUENCE paper_change_seq CACHE 100000;
ALTER TABLE papers ALTER COLUMN id SET CACHE 10000;
ALTER TABLE sightings ALTER COLUMN id SET CACHE 10000;
