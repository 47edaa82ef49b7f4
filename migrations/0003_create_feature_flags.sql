CREATE TABLE feature_flags (
    key             text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
    enabled         boolean NOT NULL DEFAULT false,
    rollout_percent integer NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
