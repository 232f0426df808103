-- Each polled source's health and its validators for conditional GETs. Portable between H2 and PostgreSQL.

CREATE TABLE source_health (
  url                  VARCHAR(2000) PRIMARY KEY,
  etag                 VARCHAR(500),
  last_modified        VARCHAR(100),
  last_success_at      TIMESTAMP WITH TIME ZONE,
  last_error           VARCHAR(1000),
  last_error_at        TIMESTAMP WITH TIME ZONE,
  consecutive_failures INTEGER NOT NULL
);
