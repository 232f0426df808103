-- Slack request signatures already accepted, so that a replayed request is refused by every process of a
-- cluster, not only by the one that saw it first. A row outlives Slack's five-minute window, then is deleted.
-- Portable between H2 and PostgreSQL.

CREATE TABLE seen_slack_requests (
  signature  VARCHAR(100) PRIMARY KEY,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX seen_slack_requests_expiry ON seen_slack_requests (expires_at);
