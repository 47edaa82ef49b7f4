-- expect: SG313=public.webhooks.payload
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);
