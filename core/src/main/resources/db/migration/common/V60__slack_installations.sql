-- Slack workspaces that installed the app through "Add to Slack" (OAuth v2), one row per team, and the
-- OAuth states handed out by the install page. The bot token is sealed with AES-GCM under
-- PAPERRADAR_SECRETS_KEY before it reaches this table: base64 of a 12-byte nonce followed by the
-- ciphertext and its tag. Portable between H2 and PostgreSQL.

CREATE TABLE slack_installations (
  -- Slack team ids are unique across Slack, Enterprise Grid included: the team alone is the key.
  team_id           VARCHAR(32) PRIMARY KEY,
  -- The Enterprise Grid organisation the team belongs to; null outside Enterprise Grid.
  enterprise_id     VARCHAR(32),
  app_id            VARCHAR(32),
  bot_id            VARCHAR(32),
  bot_user_id       VARCHAR(32) NOT NULL,
  bot_scope         VARCHAR(1000),
  bot_token_sealed  VARCHAR(1000) NOT NULL,
  installer_user_id VARCHAR(32),
  installed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE slack_oauth_states (
  state      VARCHAR(100) PRIMARY KEY,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX slack_oauth_states_expiry ON slack_oauth_states (expires_at);
