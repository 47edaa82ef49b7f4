CREATE TABLE campaigns (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz,
    CONSTRAINT campaigns_ends_after_start CHECK (ends_at IS NULL OR ends_at > starts_at)
);

COMMENT ON COLUMN campaigns.description IS 'Shown to agents on the campaign page; markdown allowed';
