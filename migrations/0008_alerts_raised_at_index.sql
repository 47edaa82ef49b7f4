-- schemagate:no-transaction
-- alerts is live and large: build the index without blocking writes.
CREATE INDEX CONCURRENTLY IF NOT EXISTS alerts_raised_at_idx ON alerts (raised_at);
