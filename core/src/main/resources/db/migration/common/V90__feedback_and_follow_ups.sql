-- Issue 19: what a channel told the bot about papers (the 👍 and 👎 buttons, /papers like and dislike),
-- the follow-ups a channel was shown on papers it had seen, and each paper's code link with when it
-- first appeared. Portable between H2 and PostgreSQL.

-- One verdict per channel and paper: anyone in the channel may give it, the same verdict again takes it
-- back, the other verdict replaces it. given_by is the platform's user id of whoever gave it last.
CREATE TABLE paper_feedback (
  platform   VARCHAR(16) NOT NULL,
  workspace  VARCHAR(128) NOT NULL,
  channel    VARCHAR(128) NOT NULL,
  paper_id   BIGINT NOT NULL REFERENCES papers (id),
  -- LIKE or DISLIKE
  verdict    VARCHAR(8) NOT NULL,
  given_by   VARCHAR(128) NOT NULL,
  given_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, workspace, channel, paper_id)
);

CREATE INDEX paper_feedback_by_time ON paper_feedback (platform, workspace, channel, given_at);

-- The follow-ups ledger: a paper already shown to a channel comes back in "Since you saw them" once per
-- kind (VERSION, MOMENTUM, CODE). Written with the digest that shows it, like shown_papers.
CREATE TABLE follow_ups (
  platform   VARCHAR(16) NOT NULL,
  workspace  VARCHAR(128) NOT NULL,
  channel    VARCHAR(128) NOT NULL,
  paper_id   BIGINT NOT NULL REFERENCES papers (id),
  kind       VARCHAR(16) NOT NULL,
  digest_id  BIGINT REFERENCES digests (id),
  shown_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, workspace, channel, paper_id, kind)
);

-- The paper's code repository (Hugging Face's githubRepo, or a GitHub URL in an arXiv comment), and
-- when the store first knew one: a code link that appears after a channel saw the paper is a follow-up.
ALTER TABLE papers ADD COLUMN code_url VARCHAR(2000);
ALTER TABLE papers ADD COLUMN code_url_at TIMESTAMP WITH TIME ZONE;
