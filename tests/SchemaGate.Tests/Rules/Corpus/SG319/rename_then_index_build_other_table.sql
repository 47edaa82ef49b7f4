-- setup: @app
-- expect: SG310 SG301 SG319=public.agents
SET lock_timeout = '5s';
ALTER TABLE agents RENAME COLUMN note TO remark;
CREATE INDEX alerts_raised_at_idx ON alerts (raised_at);
